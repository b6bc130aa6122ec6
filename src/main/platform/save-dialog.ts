import { app, dialog } from 'electron';
import { join } from 'node:path';
import { message } from '../../shared/i18n/message';
import { formatText } from '../i18n';
import { findWindow } from './windows';

const FILTERS = {
  csv: { name: message('dialog.filter.csv'), extensions: ['csv'] },
  json: { name: message('dialog.filter.json'), extensions: ['json'] },
};

/** Electron's save dialog for history exports; null when the person cancels. */
export async function chooseExportPath(defaultName: string): Promise<string | null> {
  const extension = defaultName.split('.').pop() ?? '';
  const filter = extension === 'csv' || extension === 'json' ? FILTERS[extension] : undefined;
  const options: Electron.SaveDialogOptions = {
    title: formatText(message('dialog.exportHistory')),
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: filter ? [{ name: formatText(filter.name), extensions: filter.extensions }] : [],
  };
  const parent = findWindow('summary') ?? findWindow('settings');
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
