import { useEffect, useState } from 'react';
import { getPressureStatus } from '../../core/safety-status';
import { NOT_A_TREATMENT } from '../../shared/safety';
import type { Settings } from '../../shared/settings/schema';
import { useApi } from '../common/api';
import { ProtectiveNotice } from '../common/ProtectiveNotice';
import { RedFlags } from '../common/RedFlags';
import { InlineSafetyCheck } from '../onboarding/InlineSafetyCheck';
import { ReportWarningSign } from './ReportWarningSign';

/**
 * The break's safety part, self-contained: protective mode's reason, the short safety
 * check while pressure waits for answers, and the warning signs with a way to report one.
 * Settings that cannot be read leave just the warning signs.
 */
export function SafetyNote({ prominent = false }: { prominent?: boolean }) {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [checking, setChecking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    api.getSettings().then(
      (snapshot) => setSettings(snapshot.settings),
      () => setSettings(null),
    );
  }, [api]);
  const [openedAt] = useState(() => Date.now());
  const status = settings ? getPressureStatus(settings, openedAt) : null;

  const answered = (next: Settings) => {
    setSettings(next);
    setChecking(false);
    const after = getPressureStatus(next, openedAt);
    setSaved(
      after.state === 'on'
        ? 'Thank you. Pressure exercises can be part of your next breaks.'
        : `Thank you. ${after.text}`,
    );
  };

  return (
    <section className="safety-note" aria-label="Safety">
      {settings && status?.state === 'protective' && (
        <ProtectiveNotice api={api} message={status.text} onEnded={setSettings} />
      )}
      {settings && status?.state === 'unanswered' && (
        <div className="notice">
          <p>{status.text}</p>
          {checking ? (
            <InlineSafetyCheck api={api} safety={settings.safety} onSaved={answered} />
          ) : (
            <button type="button" onClick={() => setChecking(true)}>
              Answer the safety questions (under a minute)
            </button>
          )}
        </div>
      )}
      {saved && <p role="status">{saved}</p>}
      {prominent ? (
        <section className="safety" aria-labelledby="safety-title">
          <h2 className="sub" id="safety-title">
            Safety first
          </h2>
          <p>{NOT_A_TREATMENT}</p>
          <RedFlags headingLevel={3} />
          <ReportWarningSign api={api} onReported={setSettings} />
        </section>
      ) : (
        <details className="safety">
          <summary>Warning signs and when to stop</summary>
          <RedFlags headingLevel={2} />
          <ReportWarningSign api={api} onReported={setSettings} />
        </details>
      )}
    </section>
  );
}
