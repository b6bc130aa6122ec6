import { z } from 'zod/mini';
import type { WindowKind } from './domain';
import { invokeChannels } from './ipc-names';
import { PICTURE_NAME_PATTERN } from './programme/own-exercise';
import type { Message } from './i18n/message';
import type { Settings } from './settings/schema';

/**
 * The "My programme" channels of the IPC contract (spread into `ipcContract.invoke` in
 * ./ipc): own exercises' pictures and the programme file. Own exercises and the programme
 * themselves are settings, saved through `saveSettings` and checked there field by field.
 */

const returns = <T>(): T => undefined as T;

/** A picture copied into the user-data folder, or why the chosen file cannot be used. */
export type PictureChoice = { ok: true; picture: string } | { ok: false; error: Message };

/** What an import did: the new settings, or one sentence naming what is wrong with the file. */
export type ProgrammeImport =
  { ok: true; settings: Settings; imported: number } | { ok: false; error: Message };

export interface ProgrammeExport {
  path: string;
  /** Own exercises whose picture file was missing and was left out of the export. */
  picturesLeftOut: string[];
}

const settingsWindow: readonly WindowKind[] = ['settings'];

export const programmeInvokes = {
  /** Opens a picture dialog; the chosen file is checked and copied. Null: cancelled. */
  chooseOwnPicture: {
    channel: invokeChannels.chooseOwnPicture,
    windows: settingsWindow,
    request: z.void(),
    response: returns<PictureChoice | null>(),
  },
  /** A saved picture as a data: URL; null when there is no such picture. */
  getOwnPicture: {
    channel: invokeChannels.getOwnPicture,
    windows: ['settings', 'break'] as readonly WindowKind[],
    request: z.object({ picture: z.string().check(z.regex(PICTURE_NAME_PATTERN)) }),
    response: returns<{ dataUrl: string } | null>(),
  },
  /** Writes the programme file through the save dialog. Null: cancelled. */
  exportProgramme: {
    channel: invokeChannels.exportProgramme,
    windows: settingsWindow,
    request: z.void(),
    response: returns<ProgrammeExport | null>(),
  },
  /** Reads a programme file through the open dialog; on any error nothing changes. */
  importProgramme: {
    channel: invokeChannels.importProgramme,
    windows: settingsWindow,
    request: z.void(),
    response: returns<ProgrammeImport | null>(),
  },
} as const;
