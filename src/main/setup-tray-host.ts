import { dialog } from 'electron';
import type { DbusSession } from './platform/dbus-session';
import { message } from '../shared/i18n/message';
import { english } from '../shared/i18n/translator';
import { formatText } from './i18n';
import { detectTrayHost, NO_TRAY_HOST_TEXT, type TrayHost } from './platform/tray-host';

export interface TrayHostNoticeDeps {
  detect: () => Promise<TrayHost>;
  /** Whether this is the first run (onboarding still to do). */
  firstRun: boolean;
  /** Shows the message with these button labels; resolves with the index pressed. */
  showMessage: (buttons: readonly string[]) => Promise<number>;
  openSettings: () => void;
}

const BUTTONS = [message('trayHost.ok'), message('trayHost.openSettings')] as const;
const OPEN_SETTINGS = 1;

/**
 * Without a tray host Unknot has no visible way in. On the first run a message says so
 * and what to do; on every run the log does. Relaunching opens Settings either way
 * (index.ts's second-instance, app.ts's activate). Resolves with what it found.
 */
export async function noticeMissingTrayHost(deps: TrayHostNoticeDeps): Promise<TrayHost> {
  const host = await deps.detect();
  if (host !== 'absent') return host;
  console.warn(`[tray] ${english.format(NO_TRAY_HOST_TEXT.title)}`);
  if (!deps.firstRun) return host;
  const pressed = await deps.showMessage(BUTTONS.map(formatText));
  if (pressed === OPEN_SETTINGS) deps.openSettings();
  return host;
}

/** The Electron wiring: a native message box, Settings from its second button. */
export function setupTrayHostNotice(options: {
  dbus: DbusSession | null;
  firstRun: boolean;
  openSettings: () => void;
}): void {
  void noticeMissingTrayHost({
    detect: () => detectTrayHost(process.platform, options.dbus),
    firstRun: options.firstRun,
    openSettings: options.openSettings,
    showMessage: (buttons) =>
      dialog
        .showMessageBox({
          type: 'info',
          title: 'Unknot',
          message: formatText(NO_TRAY_HOST_TEXT.title),
          detail: formatText(NO_TRAY_HOST_TEXT.detail),
          buttons: [...buttons],
          defaultId: 0,
          cancelId: 0,
        })
        .then((result) => result.response),
  }).catch((error: unknown) => console.warn(`[tray] host check failed: ${String(error)}`));
}
