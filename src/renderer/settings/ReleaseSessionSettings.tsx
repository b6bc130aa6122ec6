import { useId } from 'react';
import type { Settings } from '../../shared/settings/schema';
import { useText } from '../common/i18n/use-text';
import { ClockTimeInput } from './ClockTimeInput';

type Release = Settings['releaseSession'];

/**
 * The daily release session's settings: on or off, and when. Self-contained and
 * controlled: the host (a Settings page) passes the value and saves what comes back.
 */
export function ReleaseSessionSettings({
  value,
  onChange,
}: {
  value: Release;
  onChange: (next: Release) => void;
}) {
  const t = useText();
  const id = useId();
  const atTime = value.at !== 'endOfHours';
  return (
    <fieldset>
      <legend>{t('settings.release.legend')}</legend>
      <p id={`${id}-about`}>{t('settings.release.about')}</p>
      <label>
        <input
          type="checkbox"
          checked={value.enabled}
          aria-describedby={`${id}-about`}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked })}
        />
        {t('settings.release.enabled')}
      </label>
      <div role="radiogroup" aria-label={t('settings.release.when')}>
        <label>
          <input
            type="radio"
            name={`${id}-when`}
            checked={!atTime}
            disabled={!value.enabled}
            onChange={() => onChange({ ...value, at: 'endOfHours' })}
          />
          {t('settings.release.endOfHours')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-when`}
            checked={atTime}
            disabled={!value.enabled}
            onChange={() => onChange({ ...value, at: atTime ? value.at : '18:00' })}
          />
          {t('settings.release.atTime')}
        </label>
        {atTime && (
          <span className="range-part">
            <span id={`${id}-time`}>{t('settings.release.time')}</span>
            <ClockTimeInput
              value={value.at}
              labelledBy={`${id}-time`}
              disabled={!value.enabled}
              onChange={(at) => onChange({ ...value, at })}
            />
          </span>
        )}
      </div>
    </fieldset>
  );
}
