import { FINDER_STOP_IF, PRESS_TEXT, type KnotSpot } from '../../shared/knot-spots';
import type { Tenderness } from '../../shared/knots';
import { useFormats, useSourceText, useText } from '../common/i18n/use-text';

const LEVELS: Tenderness[] = [0, 1, 2];

/**
 * One spot of the knot finder: how to find it, how firmly to press (or not to press, when
 * the safety answers rule pressure out), where to keep off, and three choices.
 */
export function KnotSpotStep({
  spot,
  position,
  total,
  pressing,
  value,
  onChange,
}: {
  spot: KnotSpot;
  position: number;
  total: number;
  /** False when pressure is ruled out or the safety questions are unanswered. */
  pressing: boolean;
  value: Tenderness | undefined;
  onChange: (value: Tenderness) => void;
}) {
  const headingId = `spot-${spot.id}`;
  const t = useText();
  const say = useSourceText();
  const formats = useFormats();
  const stopSigns = formats.list(
    FINDER_STOP_IF.map((sign) => say(sign).toLocaleLowerCase(formats.formatLocale)),
    // Any one of them is reason to stop.
    'disjunction',
  );
  return (
    <section className="knot-spot" aria-labelledby={headingId}>
      <p className="knot-progress">{t('knots.progress', { position, total })}</p>
      <h2 id={headingId}>{say(spot.name)}</h2>
      <h3>{t('knots.howToFind')}</h3>
      <ol>
        {/* Without pressure only the step that locates the spot is shown. */}
        {(pressing ? spot.find : spot.find.slice(0, 1)).map((step) => (
          <li key={step}>{say(step)}</li>
        ))}
      </ol>
      <h3>{t(pressing ? 'knots.howFirmly' : 'knots.withoutPressing')}</h3>
      <p>{pressing ? say(PRESS_TEXT) : t('knots.restHand')}</p>
      <p className="knot-keep-off">{say(spot.keepOff)}</p>
      <p className="knot-stop">
        <strong>{t('knots.stopWith')}</strong> {t('knots.stopSigns', { signs: stopSigns })}
      </p>
      <fieldset className="knot-choices">
        <legend>{t('knots.tenderQuestion')}</legend>
        {LEVELS.map((level) => (
          <label key={level}>
            <input
              type="radio"
              name={`tenderness-${spot.id}`}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            {t('knots.tenderness', { level })}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
