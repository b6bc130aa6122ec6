import { app, dialog } from 'electron';
import { join } from 'node:path';
import type { ProgrammeDialogs } from '../handlers/context';
import { message } from '../../shared/i18n/message';
import { formatText } from '../i18n';
import { findWindow } from './windows';

// Named when a dialog opens, so they follow a language changed meanwhile.
const jsonFilter = (): Electron.FileFilter => ({
  name: formatText(message('dialog.filter.programme')),
  extensions: ['json'],
});
const pictureFilter = (): Electron.FileFilter => ({
  name: formatText(message('dialog.filter.pictures')),
  extensions: ['png', 'jpg', 'jpeg', 'webp'],
});
const title = (id: 'dialog.choosePicture' | 'dialog.importProgramme' | 'dialog.exportProgramme') =>
  formatText(message(id));

async function openOne(options: Electron.OpenDialogOptions): Promise<string | null> {
  const parent = findWindow('settings');
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Electron's file dialogs for "My programme"; each answers null when the person cancels. */
export const programmeDialogs: ProgrammeDialogs = {
  choosePicture: () =>
    openOne({
      title: title('dialog.choosePicture'),
      properties: ['openFile'],
      filters: [pictureFilter()],
    }),
  chooseImportPath: () =>
    openOne({
      title: title('dialog.importProgramme'),
      properties: ['openFile'],
      filters: [jsonFilter()],
    }),
  chooseExportPath: async (defaultName) => {
    const options: Electron.SaveDialogOptions = {
      title: title('dialog.exportProgramme'),
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [jsonFilter()],
    };
    const parent = findWindow('settings');
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};
