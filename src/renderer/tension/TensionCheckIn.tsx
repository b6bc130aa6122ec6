import { useContext, useEffect, useState } from 'react';
import type { UnknotApi } from '../../shared/ipc';
import {
  CHECK_IN_SIGNS,
  EMERGENCY_ADVICE,
  URGENT_SIGNS,
  type RedFlagId,
} from '../../shared/warning-signs';
import { TENSION_AREAS, type TensionAreaId, type TensionOverview } from '../../shared/tension';
import { ApiContext } from '../common/api';
import { EmergencySigns, WarningSignSources } from '../common/RedFlags';
import { BodyMap } from './BodyMap';
import './tension.css';

/** Urgent signs not asked week by week: cancer is a screening question, not news. */
const NOT_ASKED = URGENT_SIGNS.filter((sign) => !CHECK_IN_SIGNS.includes(sign));

/**
 * The weekly tension check-in: pick areas on a body map, rate each 0–10, report any red
 * flag, and see what the see-a-professional rule says. Self-contained: it needs only
 * `window.unknot` (or an API passed in), so any window can host it. A host that shows
 * the advice itself (the summary, next to the trend) passes `showAdvice={false}` and
 * hears of each save through `onSaved`; a host that loaded the overview already passes
 * it as `overview`, so the window asks main once.
 */
export function TensionCheckIn({
  api: given,
  showAdvice = true,
  onSaved,
  overview: shared,
}: {
  api?: UnknotApi;
  /** The host's overview (null while it loads); without it the check-in loads its own. */
  overview?: TensionOverview | null;
  showAdvice?: boolean;
  onSaved?: (overview: TensionOverview) => void;
}) {
  const fromContext = useContext(ApiContext);
  const api = given ?? fromContext ?? window.unknot;
  const [overview, setOverview] = useState<TensionOverview | null>(null);
  const [ratings, setRatings] = useState<Partial<Record<TensionAreaId, number>>>({});
  const [flags, setFlags] = useState<RedFlagId[]>([]);
  const [emergency, setEmergency] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (shared !== undefined) return;
    api
      .getTension()
      .then(setOverview, (error: unknown) =>
        setMessage(`Earlier check-ins could not be loaded: ${String(error)}`),
      );
  }, [api, shared]);

  const selected = Object.keys(ratings) as TensionAreaId[];
  const toggleArea = (area: TensionAreaId) => {
    if (area in ratings) {
      setRatings(Object.fromEntries(Object.entries(ratings).filter(([key]) => key !== area)));
    } else {
      setRatings({ ...ratings, [area]: 5 });
    }
  };
  const toggleFlag = (id: RedFlagId) =>
    setFlags(flags.includes(id) ? flags.filter((flag) => flag !== id) : [...flags, id]);

  const save = () =>
    api.saveTensionCheckIn({ ratings, redFlags: flags, emergency }).then(
      (next) => {
        setOverview(next);
        setMessage('Check-in saved.');
        onSaved?.(next);
      },
      (error: unknown) => setMessage(`The check-in was not saved: ${String(error)}`),
    );

  const last = (overview ?? shared)?.checkIns.at(-1);
  return (
    <div className="tension">
      <p>Once a week, rate the tension in the areas you care about: 0 is none, 10 the worst.</p>
      <div className="tension-map">
        <BodyMap selected={selected} onToggle={toggleArea} />
        <fieldset>
          <legend>Areas</legend>
          {TENSION_AREAS.map(({ id, label }) => (
            <div key={id} className="area-row">
              <label>
                <input type="checkbox" checked={id in ratings} onChange={() => toggleArea(id)} />
                {label}
              </label>
              {id in ratings && (
                <span className="rating">
                  <input
                    aria-label={`${label} tension, 0 to 10`}
                    type="range"
                    min={0}
                    max={10}
                    step={1}
                    value={ratings[id] ?? 0}
                    onChange={(event) =>
                      setRatings({ ...ratings, [id]: Number(event.target.value) })
                    }
                  />
                  <output aria-hidden="true">{ratings[id]}</output>
                </span>
              )}
            </div>
          ))}
        </fieldset>
      </div>
      <div className="emergency">
        <h3>Call an ambulance now</h3>
        <EmergencySigns />
        <label className="choice">
          <input
            type="checkbox"
            checked={emergency}
            onChange={(event) => setEmergency(event.target.checked)}
          />
          One of these is happening right now
        </label>
      </div>
      {emergency && (
        <div className="emergency" role="alert">
          <p>
            <strong>{EMERGENCY_ADVICE.title}.</strong> {EMERGENCY_ADVICE.text}
          </p>
        </div>
      )}
      <fieldset>
        <legend>See a doctor today: since last week, have you noticed any of these?</legend>
        {CHECK_IN_SIGNS.map((flag) => (
          <label key={flag.id} className="choice">
            <input
              type="checkbox"
              checked={flags.includes(flag.id)}
              onChange={() => toggleFlag(flag.id)}
            />
            {flag.text}
          </label>
        ))}
        <p className="hint">
          Also see a doctor today for: {NOT_ASKED.map((sign) => sign.text).join('; ')}.
        </p>
        <p className="hint">
          Any of these keeps your breaks to gentle movement for 14 days, or until a professional has
          seen you.
        </p>
      </fieldset>
      <WarningSignSources />
      <button type="button" className="primary" onClick={() => void save()}>
        Save check-in
      </button>
      {message && <p role="status">{message}</p>}
      {overview && showAdvice && (
        <div className={overview.advice.kind === 'keepGoing' ? 'advice' : 'advice notice'}>
          {last && <p className="hint">Last check-in: {new Date(last.at).toLocaleDateString()}</p>}
          <p>{overview.advice.message}</p>
        </div>
      )}
    </div>
  );
}
