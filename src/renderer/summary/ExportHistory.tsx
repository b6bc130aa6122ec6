import { useState } from 'react';
import type { ExportFormat } from '../../shared/domain';
import { useApi } from '../common/api';
import { useText } from '../common/i18n/use-text';

/** Export buttons; the outcome (saved, cancelled, failed) is announced in a live region. */
export function ExportHistory() {
  const api = useApi();
  const t = useText();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const run = (format: ExportFormat) => {
    setBusy(true);
    setMessage(t('summary.export.busy'));
    api.exportHistory({ format }).then(
      (result) => {
        setBusy(false);
        setMessage(
          result.saved
            ? t('summary.export.saved', { rows: result.rows, path: result.path })
            : t('summary.export.cancelled'),
        );
      },
      (error: unknown) => {
        setBusy(false);
        setMessage(
          t('summary.export.failed', {
            error: error instanceof Error ? error.message : String(error),
          }),
        );
      },
    );
  };
  return (
    <section aria-labelledby="export-heading" className="card">
      <h2 id="export-heading">{t('summary.export.heading')}</h2>
      <p className="muted">{t('summary.export.intro')}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => run('csv')}>
          {t('summary.export.csv')}
        </button>
        <button type="button" disabled={busy} onClick={() => run('json')}>
          {t('summary.export.json')}
        </button>
      </div>
      <p role="status" className="export-status">
        {message}
      </p>
    </section>
  );
}
