import { useContext, useEffect, useState } from 'react';
import type { UnknotApi } from '../../shared/ipc';
import {
  CHECK_IN_SIGNS,
  EMERGENCY_ADVICE,
  URGENT_SIGNS,
  type RedFlagId,
} from '../../shared/warning-signs';
import { TENSION_AREAS, type TensionAreaId, type TensionOverview } from '../../shared/tension';
import type { MessageId } from '../../shared/i18n/messages/en';
import { ApiContext } from '../common/api';
import { useFormats, useSourceText, useText } from '../common/i18n/use-text';
import { EmergencySigns, WarningSignSources } from '../common/RedFlags';
import { BodyMap } from './BodyMap';
import './tension.css';
import { AdviceText } from '../common/AdviceText';

export const TENSION_AREA_LABELS: Record<TensionAreaId, MessageId> = {
  neck: 'common.tension.area.neck',
  shoulders: 'common.tension.area.shoulders',
  upperBack: 'common.tension.area.upperBack',
  chest: 'common.tension.area.chest',
  lowerBack: 'common.tension.area.lowerBack',
  hips: 'common.tension.area.hips',
  glutes: 'common.tension.area.glutes',
  legs: 'common.tension.area.legs',
};

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
  const t = useText();
  const say = useSourceText();
  const formats = useFormats();
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
        setMessage(t('common.tension.loadFailed', { error: String(error) })),
      );
  }, [api, shared, t]);

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
        setMessage(t('common.tension.saved'));
        onSaved?.(next);
      },
      (error: unknown) => setMessage(t('common.tension.saveFailed', { error: String(error) })),
    );

  const last = (overview ?? shared)?.checkIns.at(-1);
  return (
    <div className="tension">
      <p>{t('common.tension.intro')}</p>
      <div className="tension-map">
        <BodyMap selected={selected} onToggle={toggleArea} />
        <fieldset>
          <legend>{t('common.tension.areas')}</legend>
          {TENSION_AREAS.map(({ id }) => (
            <div key={id} className="area-row">
              <label>
                <input type="checkbox" checked={id in ratings} onChange={() => toggleArea(id)} />
                {t(TENSION_AREA_LABELS[id])}
              </label>
              {id in ratings && (
                <span className="rating">
                  <input
                    aria-label={t('common.tension.rating', { area: t(TENSION_AREA_LABELS[id]) })}
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
        <h3>{t('common.signs.emergency')}</h3>
        <EmergencySigns />
        <label className="choice">
          <input
            type="checkbox"
            checked={emergency}
            onChange={(event) => setEmergency(event.target.checked)}
          />
          {t('common.tension.happeningNow')}
        </label>
      </div>
      {emergency && (
        <div className="emergency" role="alert">
          <p>
            <strong>{say(EMERGENCY_ADVICE.title)}.</strong> {say(EMERGENCY_ADVICE.text)}
          </p>
        </div>
      )}
      <fieldset>
        <legend>{t('common.tension.flagsQuestion')}</legend>
        {CHECK_IN_SIGNS.map((flag) => (
          <label key={flag.id} className="choice">
            <input
              type="checkbox"
              checked={flags.includes(flag.id)}
              onChange={() => toggleFlag(flag.id)}
            />
            {say(flag.text)}
          </label>
        ))}
        <p className="hint">
          {t('common.tension.alsoSee', {
            signs: formats.list(
              NOT_ASKED.map((sign) => say(sign.text)),
              'disjunction',
            ),
          })}
        </p>
        <p className="hint">{t('common.tension.gentle')}</p>
      </fieldset>
      <WarningSignSources />
      <button type="button" className="primary" onClick={() => void save()}>
        {t('common.tension.save')}
      </button>
      {message && <p role="status">{message}</p>}
      {overview && showAdvice && (
        <div className={overview.advice.kind === 'keepGoing' ? 'advice' : 'advice notice'}>
          {last && (
            <p className="hint">{t('common.tension.last', { date: formats.moment(last.at) })}</p>
          )}
          <p>
            <AdviceText advice={overview.advice} />
          </p>
        </div>
      )}
    </div>
  );
}
