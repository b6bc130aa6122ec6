/**
 * What "launch at login" starts, and under which entry. A dev run (electron .) gets an
 * entry of its own, so it never overwrites the installed app's; `$APPIMAGE` is trusted
 * only when this process really runs from inside that AppImage's mount ($APPDIR), as
 * any process can set the variable.
 */
export interface LaunchFacts {
  packaged: boolean;
  execPath: string;
  /** The app folder Electron needs as its first argument when unpackaged. */
  appPath: string;
  appImage?: string | undefined;
  appDir?: string | undefined;
}

export interface LaunchTarget {
  command: string[];
  /** The XDG autostart file name (Linux). */
  autostartName: string;
  /** Whether the OS's own login items (macOS, Windows) may be set: only for the installed app. */
  useOsLoginItems: boolean;
}

function isInside(path: string, folder: string): boolean {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return folder.length > 1 && path.startsWith(prefix);
}

export function getLaunchTarget(facts: LaunchFacts): LaunchTarget {
  if (!facts.packaged) {
    return {
      command: [facts.execPath, facts.appPath],
      autostartName: 'unknot-dev.desktop',
      useOsLoginItems: false,
    };
  }
  const fromAppImage =
    facts.appImage !== undefined &&
    facts.appImage !== '' &&
    facts.appDir !== undefined &&
    isInside(facts.execPath, facts.appDir);
  return {
    command: [fromAppImage ? (facts.appImage as string) : facts.execPath],
    autostartName: 'unknot.desktop',
    useOsLoginItems: true,
  };
}
