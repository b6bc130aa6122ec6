import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMainLanguage } from '../../../src/main/i18n';
import { createMainServices } from '../../../src/main/services';
import { ipcContract } from '../../../src/shared/ipc';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

/**
 * Failures a window shows as `{error}` carry a cause in main's language, never the
 * system's English ("ENOENT: no such file or directory, open '…'").
 */

const tempDir = tempDirPerTest();
const NOW = Date.UTC(2026, 10, 25, 12);

afterEach(() => {
  setMainLanguage('en', []);
  vi.restoreAllMocks();
});

function services(dataDir: string, exportTo: string, openPath = async () => '') {
  const shell = createRecordingShell({ wall0: NOW });
  const main = createMainServices({
    dataDir,
    shell: shell.ports,
    desktop: { openPath },
    timeZone: 'UTC',
    locale: 'en-GB',
    chooseExportPath: async () => exportTo,
  });
  const call = (name: 'exportHistory' | 'openDataFolder', payload?: unknown) =>
    main.router.handle(ipcContract.invoke[name].channel, payload, 'settings');
  return { call };
}

describe('errors a window shows', () => {
  it('an export into a folder that is gone says why in words, in the language main speaks', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dir = tempDir();
    const { call } = services(dir, join(dir, 'gone', 'history.csv'));
    await expect(call('exportHistory', { format: 'csv' })).rejects.toThrow(
      /^the file or folder is missing$/,
    );
    setMainLanguage('de', []);
    await expect(call('exportHistory', { format: 'csv' })).rejects.toThrow(
      /^die Datei oder der Ordner fehlt$/,
    );
    // The system's own words are kept for the log.
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/\[export\] failed: .*ENOENT/));
  });

  it('a data folder the desktop would not open keeps its English reason to the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { call } = services(tempDir(), '', async () => 'Failed to open path');
    setMainLanguage('fr', []);
    await expect(call('openDataFolder')).rejects.toThrow(/^une erreur inattendue$/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Failed to open path'));
  });
});
