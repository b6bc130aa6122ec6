import { useState } from 'react';
import type { MessageId } from '../../shared/i18n/messages/en';
import { useApi } from '../common/api';
import { useText } from '../common/i18n/use-text';
import './first-week.css';

/** What the summary will show once breaks are logged: a preview in words, not zeros. */
const PREVIEW: [MessageId, MessageId][] = [
  ['summary.first.takenTerm', 'summary.first.takenDetail'],
  ['summary.first.careTerm', 'summary.first.careDetail'],
  ['summary.first.sittingTerm', 'summary.first.sittingDetail'],
  ['summary.first.streakTerm', 'summary.first.streakDetail'],
];

/**
 * The summary before anything is logged: what will appear here, and a way to take
 * the first break now (the same engine path as the tray's "Take a break now").
 */
export function FirstWeek() {
  const api = useApi();
  const t = useText();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const start = () => {
    setBusy(true);
    setMessage('');
    api.startBreakNow().then(
      () => {
        setBusy(false);
        setMessage(t('summary.first.opening'));
      },
      (error: unknown) => {
        setBusy(false);
        setMessage(
          t('summary.first.failed', {
            error: error instanceof Error ? error.message : String(error),
          }),
        );
      },
    );
  };
  return (
    <section aria-labelledby="first-week-heading" className="card first-week">
      <h2 id="first-week-heading">{t('summary.first.heading')}</h2>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={start}>
          {t('summary.first.start')}
        </button>
      </div>
      <p role="status" className="export-status">
        {message}
      </p>
      <p className="muted">{t('summary.first.also')}</p>
      <h3>{t('summary.first.previewHeading')}</h3>
      <dl className="preview">
        {PREVIEW.map(([term, detail]) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>{t(detail)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
