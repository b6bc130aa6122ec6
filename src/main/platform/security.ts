import { app, session } from 'electron';

/**
 * App-wide guards on top of each window's own: no webviews, no popups, no navigation,
 * no permissions (camera, notifications from pages, ...) for any web contents.
 */
export function setupSecurity(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
