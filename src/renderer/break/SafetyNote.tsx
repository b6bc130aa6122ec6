import { useEffect, useState } from 'react';
import { getPressureStatus, type PressureStatus } from '../../core/safety-status';
import { NOT_A_TREATMENT } from '../../shared/safety';
import type { Settings } from '../../shared/settings/schema';
import { useApi } from '../common/api';
import { ProtectiveNotice } from '../common/ProtectiveNotice';
import { usePressureText } from '../common/pressure-text';
import { RedFlags } from '../common/RedFlags';
import { InlineSafetyCheck } from '../onboarding/InlineSafetyCheck';
import { ReportWarningSign } from './ReportWarningSign';
import { useSourceText, useText } from '../common/i18n/use-text';

/**
 * The break's safety part, self-contained: protective mode's reason, the short safety
 * check while pressure waits for answers, and the warning signs with a way to report one.
 * Settings that cannot be read leave just the warning signs.
 */
export function SafetyNote({ prominent = false }: { prominent?: boolean }) {
  const api = useApi();
  const t = useText();
  const say = useSourceText();
  const pressureText = usePressureText();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [checking, setChecking] = useState(false);
  // What answering the check changed, formatted as shown (it follows a language change).
  const [saved, setSaved] = useState<PressureStatus | null>(null);
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
    setSaved(getPressureStatus(next, openedAt));
  };

  return (
    <section className="safety-note" aria-label={t('safety.region')}>
      {settings && status?.protective && (
        <ProtectiveNotice api={api} status={status.protective} onEnded={setSettings} />
      )}
      {settings && status?.state === 'unanswered' && (
        <div className="notice">
          <p>{pressureText(status)}</p>
          {checking ? (
            <InlineSafetyCheck api={api} safety={settings.safety} onSaved={answered} />
          ) : (
            <button type="button" onClick={() => setChecking(true)}>
              {t('safety.answer')}
            </button>
          )}
        </div>
      )}
      {saved && (
        <p role="status">
          {saved.state === 'on'
            ? t('safety.thanksOn')
            : t('safety.thanks', { text: pressureText(saved) })}
        </p>
      )}
      {prominent ? (
        <section className="safety" aria-labelledby="safety-title">
          <h2 className="sub" id="safety-title">
            {t('safety.first')}
          </h2>
          <p>{say(NOT_A_TREATMENT)}</p>
          <RedFlags headingLevel={3} />
          <ReportWarningSign api={api} onReported={setSettings} />
        </section>
      ) : (
        <details className="safety">
          <summary>{t('safety.warningSigns')}</summary>
          <RedFlags headingLevel={2} />
          <ReportWarningSign api={api} onReported={setSettings} />
        </details>
      )}
    </section>
  );
}
