import { register } from 'node:module';

/**
 * electron-store imports `electron`, which cannot load outside the app. A tiny stand-in
 * (like tests/support/electron-stand-in.ts; stores here always get an explicit folder)
 * answers instead; modules that reach electron-store are imported after this, dynamically.
 */
export function aliasElectron(): void {
  const standIn = `data:text/javascript,${encodeURIComponent(
    "import { tmpdir } from 'node:os';" +
      'export const app = { getPath: () => tmpdir(), getVersion: () => "0.0.0-bench" };' +
      'export const ipcMain = { on: () => undefined };' +
      'export const shell = {};' +
      'export default { app, ipcMain, shell };',
  )}`;
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === 'electron' ? { url: ${JSON.stringify(standIn)}, shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
