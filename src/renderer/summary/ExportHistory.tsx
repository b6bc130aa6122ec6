import { useState } from 'react';
import type { ExportFormat } from '../../shared/domain';
import { useApi } from '../common/api';

/** Export buttons; the outcome (saved, cancelled, failed) is announced in a live region. */
export function ExportHistory() {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const run = (format: ExportFormat) => {
    setBusy(true);
    setMessage('');
    api.exportHistory({ format }).then(
      (result) => {
        setBusy(false);
        setMessage(
          result.saved
            ? `Saved ${result.rows} ${result.rows === 1 ? 'break' : 'breaks'} to ${result.path}.`
            : 'Export cancelled; nothing was saved.',
        );
      },
      (error: unknown) => {
        setBusy(false);
        setMessage(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
  return (
    <section aria-labelledby="export-heading" className="card">
      <h2 id="export-heading">Your history</h2>
      <p className="muted">
        Every break Unknot has recorded, as a spreadsheet (CSV) or as data (JSON).
      </p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => run('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={busy} onClick={() => run('json')}>
          Export JSON
        </button>
      </div>
      <p role="status" className="export-status">
        {message}
      </p>
    </section>
  );
}
