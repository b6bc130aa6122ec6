import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ExportFormat } from '../../../shared/domain';
import type { UnknotApi } from '../../../shared/ipc';
import { useText } from '../../common/i18n/use-text';
import { Section } from '../Section';
import { DataProblems } from './DataProblems';

/** Turns a rejected IPC call into a sentence for the person. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Electron prefixes errors from main with "Error invoking remote method '…': Error: ".
  return text.replace(/^.*?Error: /, '');
}

/** Where settings and history live, and the history export. */
export function DataSection({ api, dataFolder }: { api: UnknotApi; dataFolder: string }) {
  const t = useText();
  const [status, setStatus] = useState<string>('');
  const [failed, setFailed] = useState(false);
  const report = (text: string, isError: boolean) => {
    setStatus(text);
    setFailed(isError);
  };
  const open = () =>
    api.openDataFolder().then(
      ({ path }) => report(t('settings.data.opened', { path }), false),
      (error: unknown) =>
        report(t('settings.data.openFailed', { error: describeError(error) }), true),
    );
  const exportAs = (format: ExportFormat) =>
    api.exportHistory({ format }).then(
      (result) =>
        report(
          result.saved
            ? t('settings.data.exported', { rows: result.rows, path: result.path })
            : t('settings.data.cancelled'),
          false,
        ),
      (error: unknown) =>
        report(t('settings.data.exportFailed', { error: describeError(error) }), true),
    );
  return (
    <Section id="data" title={t('settings.data.title')} intro={t('settings.data.intro')}>
      <p>
        <FormattedMessage
          id="settings.data.folder"
          values={{ folder: dataFolder, code: (chunks) => <code>{chunks}</code> }}
        />
      </p>
      <DataProblems api={api} />
      <div className="actions">
        <button type="button" onClick={() => void open()}>
          {t('settings.data.open')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('settings.data.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          {t('settings.data.exportJson')}
        </button>
      </div>
      <p role="status" className={failed ? 'field-error' : 'hint'}>
        {status}
      </p>
    </Section>
  );
}
