import { useEffect, useState } from 'react';
import type { TensionOverview } from '../../shared/tension';
import { useApi } from '../common/api';
import { useText } from '../common/i18n/use-text';
import { TensionCheckIn } from '../tension/TensionCheckIn';
import { TensionTrendChart } from './TensionTrendChart';
import { TensionTrendTable } from './TensionTrendTable';
import { AdviceText } from '../common/AdviceText';

/**
 * What the summary's slot holds: the tension trend next to adherence with the rule's
 * advice, then the weekly check-in. A saved check-in redraws the trend at once.
 */
export function TensionSection() {
  const api = useApi();
  const t = useText();
  const [overview, setOverview] = useState<TensionOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.getTension().then(
      (next) => live && setOverview(next),
      (reason: unknown) => live && setError(String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <>
      <section aria-labelledby="trend-heading" className="card">
        <h2 id="trend-heading">{t('summary.trend.heading')}</h2>
        {error && <p role="alert">{t('summary.trend.loadFailed', { error })}</p>}
        {overview && (
          <>
            <TensionTrendChart weeks={overview.weeks} />
            <p className="trend-advice" aria-live="polite">
              <AdviceText advice={overview.advice} />
            </p>
            <TensionTrendTable weeks={overview.weeks} />
          </>
        )}
      </section>
      <section aria-labelledby="check-in-heading" className="card">
        <h2 id="check-in-heading">{t('summary.trend.checkInHeading')}</h2>
        <TensionCheckIn api={api} showAdvice={false} onSaved={setOverview} overview={overview} />
      </section>
    </>
  );
}
