import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isPressurePlanned } from '../../core/safety-rules';
import { FINDER_INTRO, FINDER_NO_PRESSURE, KNOT_SPOTS } from '../../shared/knot-spots';
import type { KnotEntry, KnotOverview, Tenderness } from '../../shared/knots';
import { useApi } from '../common/api';
import { LanguageRoot } from '../common/i18n/LanguageRoot';
import { useSourceText, useText } from '../common/i18n/use-text';
import { KnotResult } from './KnotResult';
import { KnotSpotStep } from './KnotSpotStep';
import './knots.css';

type Load =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; pressing: boolean };

type Marks = KnotEntry['marks'];

/** The knot finder window, in the language main chose for it. */
export function KnotFinder() {
  return (
    <LanguageRoot kind="knots">
      <KnotFinderSteps />
    </LanguageRoot>
  );
}

/**
 * The knot finder: a guided self-check through the common tender spots of desk workers.
 * Each spot says how to find it and how firmly to press; the person marks it not tender,
 * a little or very tender, or skips it. Saving stores the marks with their date in main,
 * where the routine starts to favour exercises for the tender spots.
 */
function KnotFinderSteps() {
  const api = useApi();
  const t = useText();
  const say = useSourceText();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // -1 is the introduction; 0…n-1 the spots.
  const [step, setStep] = useState(-1);
  const [marks, setMarks] = useState<Marks>({});
  const [saved, setSaved] = useState<KnotOverview | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    api.getSettings().then(
      // Fail closed: unanswered safety questions or a "yes" mean no pressing.
      ({ settings }) =>
        live &&
        setLoad({ state: 'ready', pressing: isPressurePlanned(settings.safety, Date.now()) }),
      (error: unknown) => live && setLoad({ state: 'error', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  // Focus moves with the step in the same commit, before it is painted.
  useLayoutEffect(() => heading.current?.focus(), [step, saved]);

  if (load.state === 'loading') return <main className="knots" aria-busy="true" />;
  if (load.state === 'error') {
    return (
      <main className="knots">
        <h1>{t('knots.title')}</h1>
        <p role="alert">{t('knots.loadFailed', { error: load.message })}</p>
      </main>
    );
  }
  if (saved) {
    return (
      <main className="knots">
        <h1 ref={heading} tabIndex={-1}>
          {t('knots.savedTitle')}
        </h1>
        <KnotResult marks={marks} overview={saved} />
        <button type="button" onClick={() => window.close()}>
          {t('knots.close')}
        </button>
      </main>
    );
  }
  const spot = KNOT_SPOTS[step];
  const last = step === KNOT_SPOTS.length - 1;
  const setMark = (value: Tenderness | undefined) => {
    if (!spot) return;
    // A skipped spot is left out of the check, not stored as "not tender".
    setMarks((current) =>
      Object.fromEntries(
        Object.entries({ ...current, [spot.id]: value }).filter(([, mark]) => mark !== undefined),
      ),
    );
  };
  const save = () => {
    setSaving(true);
    setSaveError(null);
    api.saveKnotCheck({ marks }).then(
      (overview) => setSaved(overview),
      (error: unknown) => {
        setSaving(false);
        setSaveError(t('knots.saveFailed', { error: String(error) }));
      },
    );
  };
  return (
    <main className="knots">
      <h1 ref={heading} tabIndex={-1}>
        {t('knots.title')}
      </h1>
      {!load.pressing && <p className="knot-notice">{say(FINDER_NO_PRESSURE)}</p>}
      {spot ? (
        <KnotSpotStep
          spot={spot}
          position={step + 1}
          total={KNOT_SPOTS.length}
          pressing={load.pressing}
          value={marks[spot.id]}
          onChange={setMark}
        />
      ) : (
        <p>{say(FINDER_INTRO)}</p>
      )}
      {saveError && <p role="alert">{saveError}</p>}
      <div className="knot-actions">
        {step >= 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            {t('knots.back')}
          </button>
        )}
        {spot && (
          <button
            type="button"
            onClick={() => {
              setMark(undefined);
              if (!last) setStep(step + 1);
            }}
          >
            {t('knots.skip')}
          </button>
        )}
        {last ? (
          <button type="button" className="primary" disabled={saving} onClick={save}>
            {t('knots.save')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => setStep(step + 1)}>
            {t(step < 0 ? 'knots.start' : 'knots.nextSpot')}
          </button>
        )}
      </div>
    </main>
  );
}
