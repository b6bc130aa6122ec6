import { app } from 'electron';
import { startApp, type RunningApp } from './app';

/** Lets tests and portable installs keep data elsewhere; must happen before ready. */
const userData = process.env.UNKNOT_USER_DATA;
if (userData) app.setPath('userData', userData);

declare global {
  /** Set only under UNKNOT_TEST=1, for the Electron end-to-end spec. */
  var unknotTest: RunningApp | undefined;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A tray app: closing every window must not quit it.
  app.on('window-all-closed', () => undefined);
  app.dock?.hide();
  void app.whenReady().then(() => {
    const running = startApp();
    if (process.env.UNKNOT_TEST === '1') globalThis.unknotTest = running;
  });
}
