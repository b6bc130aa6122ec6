import { useState } from 'react';
import type { UnknotApi } from '../../../shared/ipc';
import type { Settings } from '../../../shared/settings/schema';
import { useMessageText, useText } from '../../common/i18n/use-text';
import { useLocaleFormat } from '../locale-format';

/** Export and import of the programme file; an import error is said and changes nothing. */
export function ProgrammeFiles({
  api,
  onImported,
}: {
  api: UnknotApi;
  onImported: (settings: Settings) => void;
}) {
  const t = useText();
  const formatMessage = useMessageText();
  const { list } = useLocaleFormat();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const run = async (action: () => Promise<void>) => {
    setError('');
    setStatus('');
    try {
      await action();
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };
  const exportFile = () =>
    run(async () => {
      const done = await api.exportProgramme();
      if (!done) return;
      const left = done.picturesLeftOut.length;
      setStatus(
        left > 0
          ? t('settings.programmeFile.savedLeftOut', {
              path: done.path,
              pictures: list(done.picturesLeftOut),
            })
          : t('settings.programmeFile.saved', { path: done.path }),
      );
    });
  const importFile = () =>
    run(async () => {
      const done = await api.importProgramme();
      if (!done) return;
      if (!done.ok) {
        setError(t('settings.programmeFile.unchanged', { error: formatMessage(done.error) }));
        return;
      }
      onImported(done.settings);
      setStatus(t('settings.programmeFile.imported', { count: done.imported }));
    });
  return (
    <fieldset>
      <legend>{t('settings.programmeFile.legend')}</legend>
      <p className="hint">{t('settings.programmeFile.hint')}</p>
      <button type="button" onClick={() => void exportFile()}>
        {t('settings.programmeFile.export')}
      </button>{' '}
      <button type="button" onClick={() => void importFile()}>
        {t('settings.programmeFile.import')}
      </button>
      <p role="status">{status}</p>
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
