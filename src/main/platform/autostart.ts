import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Launch at login on Linux: an XDG autostart entry, ~/.config/autostart/unknot.desktop.
 * Pure path and content logic plus the write; no Electron.
 */

export interface AutostartTarget {
  home: string;
  /** $XDG_CONFIG_HOME when set; ~/.config otherwise. */
  xdgConfigHome?: string | undefined;
}

export function getAutostartPath(target: AutostartTarget, name = 'unknot.desktop'): string {
  const config = target.xdgConfigHome?.startsWith('/')
    ? target.xdgConfigHome
    : join(target.home, '.config');
  return join(config, 'autostart', name);
}

/** Quotes one Exec argument as the Desktop Entry spec asks. */
function quoteExecArg(arg: string): string {
  if (!/[\s"'\\$`<>~|&;*?#()]/.test(arg)) return arg.replace(/%/g, '%%');
  const escaped = arg.replace(/[\\"`$]/g, (c) => `\\${c}`).replace(/%/g, '%%');
  // Inside a desktop file's string value the backslashes are escaped once more.
  return `"${escaped.replace(/\\/g, '\\\\')}"`;
}

/** The .desktop entry that starts `command` (executable first) at login. */
export function getAutostartContent(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Unknot',
    'Comment=Short posture breaks while you sit at the computer',
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes (atomically) or removes the entry; leaves everything else in the folder alone. */
export function setAutostart(
  target: AutostartTarget,
  enabled: boolean,
  command: readonly string[],
  name?: string,
): void {
  const path = getAutostartPath(target, name);
  if (!enabled) {
    rmSync(path, { force: true });
    return;
  }
  const content = getAutostartContent(command);
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content, { mode: 0o644 });
  renameSync(temp, path);
}

export function isAutostartEnabled(target: AutostartTarget): boolean {
  return existsSync(getAutostartPath(target));
}
