import { app, dialog } from 'electron';
import { join } from 'node:path';
import { findWindow } from './windows';

const FILTERS: Record<string, Electron.FileFilter> = {
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'JSON data', extensions: ['json'] },
};

/** Electron's save dialog for history exports; null when the person cancels. */
export async function chooseExportPath(defaultName: string): Promise<string | null> {
  const extension = defaultName.split('.').pop() ?? '';
  const filter = FILTERS[extension];
  const options: Electron.SaveDialogOptions = {
    title: 'Export your Unknot history',
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: filter ? [filter] : [],
  };
  const parent = findWindow('summary') ?? findWindow('settings');
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
