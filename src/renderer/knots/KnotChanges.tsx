import { useEffect, useState } from 'react';
import { findKnotSpot } from '../../shared/knot-spots';
import type { KnotOverview, KnotSpotChange } from '../../shared/knots';
import { useApi } from '../common/api';
import { useFormats, useSourceText, useText } from '../common/i18n/use-text';

/**
 * A spot's name inside a sentence, from its translated catalogue name: lower case
 * ("front of the chest") except in German, which capitalises its nouns.
 */
export function useSpotInSentence(): (name: string) => string {
  const say = useSourceText();
  const { formatLocale } = useFormats();
  return (name: string) => {
    const text = say(name);
    return formatLocale.startsWith('de') ? text : text.toLocaleLowerCase(formatLocale);
  };
}

/** How each spot changed between its last two checks, eased spots first. */
export function KnotChangeList({ changes }: { changes: readonly KnotSpotChange[] }) {
  const t = useText();
  const say = useSourceText();
  if (changes.length === 0) return null;
  const order = { eased: 0, same: 1, worse: 2 };
  const sorted = [...changes].sort((a, b) => order[a.change] - order[b.change]);
  return (
    <ul aria-label={t('knots.changes')}>
      {sorted.map((change) => (
        <li key={change.spot}>
          {t('knots.change', {
            spot: say(findKnotSpot(change.spot).name),
            change: change.change,
            from: change.from,
            to: change.to,
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The summary's knot finder section: which spots eased since the previous check, and a
 * button that opens the finder. Self-contained: it loads its own overview.
 */
export function KnotChanges() {
  const api = useApi();
  const t = useText();
  const formats = useFormats();
  const inSentence = useSpotInSentence();
  const [overview, setOverview] = useState<KnotOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.getKnots().then(
      (loaded) => live && setOverview(loaded),
      (reason: unknown) => live && setError(String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api]);
  const eased = overview?.changes.filter((change) => change.change === 'eased') ?? [];
  const checked = overview !== null && Object.keys(overview.latest).length > 0;
  return (
    <section aria-labelledby="knot-changes-heading" className="knot-changes">
      <h2 id="knot-changes-heading">{t('knots.heading')}</h2>
      {error && <p role="alert">{t('knots.changesFailed', { error })}</p>}
      {overview && !checked && <p>{t('knots.notChecked')}</p>}
      {overview && checked && overview.changes.length === 0 && <p>{t('knots.checkAgain')}</p>}
      {eased.length > 0 && (
        <p>
          {t('knots.eased', {
            spots: formats.list(eased.map((change) => inSentence(findKnotSpot(change.spot).name))),
          })}
        </p>
      )}
      {overview && <KnotChangeList changes={overview.changes} />}
      <button type="button" onClick={() => void api.openKnotFinder().catch(() => undefined)}>
        {t('knots.open')}
      </button>
    </section>
  );
}
