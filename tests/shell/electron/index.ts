/**
 * The `electron` module for the real main bundle under Node (see ../register.mjs).
 * Test-only, never shipped. Every member is held to Electron's own types (typing.ts).
 */
import { app } from './app';
import { BrowserWindow, WebContents } from './browser-window';
import { listenForControl } from './control';
import { ipcMain } from './ipc-main';
import { Menu, MenuItem } from './menu';
import { nativeImage, NativeImage } from './native-image';
import { protocol } from './protocol';
import {
  dialog,
  globalShortcut,
  nativeTheme,
  Notification,
  powerMonitor,
  screen,
  session,
  shell,
} from './system';
import { Tray } from './tray';

export {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  MenuItem,
  nativeImage,
  NativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
  WebContents,
};

/** electron-store imports the default export. */
export default {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  MenuItem,
  nativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
};

listenForControl();
