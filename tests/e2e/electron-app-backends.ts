import type { Page } from 'playwright-core';
import { launchWindowBrowser } from '../shell/launch';
import { findChromium } from '../support/chromium';
import { chooseElectronBackend } from '../support/electron-binary';
import { electronBackend } from './backend-electron';
import { standInBackend } from './backend-stand-in';

/**
 * The Electron spec's two backends behind one interface: Playwright's `_electron` with
 * the real binary, or the real main bundle under Node with the stand-in `electron`
 * (tests/shell). The spec's assertions are the same for both.
 */
export type PageName = 'break' | 'onboarding' | 'settings' | 'summary';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningApp {
  trayTooltip(): Promise<string>;
  /** The labels of the tray's actions and submenus (and their actions), in order. */
  trayMenuLabels(): Promise<string[]>;
  /** Clicks a tray menu item by its label path, as a person would. */
  clickTray(...labels: string[]): Promise<void>;
  /** The open window showing `name`, once it is there. */
  window(name: PageName): Promise<Page>;
  openWindows(): Promise<PageName[]>;
  /** The application menu's labels and roles (lower case), submenus flattened in order. */
  applicationMenu(): Promise<string[]>;
  /** Closes a window as its frame's close button does; resolves once its page is gone. */
  closeFromFrame(name: PageName): Promise<void>;
  /** macOS's `activate`: launched again from Finder or Spotlight while running. */
  activate(): Promise<void>;
  close(): Promise<void>;
}

export interface AppBackend {
  name: string;
  /** The stand-in can play a packaged build (UNKNOT_STANDIN_PACKAGED=1); the binary cannot. */
  playsPackaged: boolean;
  launch(userData: string, args?: string[], env?: Record<string, string>): Promise<RunningApp>;
  /** Runs a second, real process of the app with CLI arguments (`through` a shell pipe). */
  runCli(userData: string, args: string[], options?: { pipeToCat?: boolean }): Promise<CliRun>;
  dispose(): Promise<void>;
}

/** The backend for this machine; null with a reason when neither can run. */
export async function openBackend(): Promise<AppBackend | { skip: string }> {
  const choice = chooseElectronBackend();
  if (choice.kind === 'electron') return electronBackend(choice.path);
  const chromium = findChromium();
  if (chromium.path === null) return { skip: `${choice.why}, and ${chromium.skip}` };
  return standInBackend(await launchWindowBrowser(chromium.path));
}
