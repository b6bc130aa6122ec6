/**
 * The app's identity on the desktop, the same string as `appId` in electron-builder.yml
 * (the packaging test holds them together): Windows ties toasts to the Start-menu
 * shortcut by it, and Linux names the .desktop file after it (package.json desktopName).
 */
export const APP_ID = 'app.unknot.desktop';
