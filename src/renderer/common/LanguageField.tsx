import { useId } from 'react';
import { LANGUAGE_SETTINGS, LOCALE_NAMES, type LanguageSetting } from '../../shared/i18n/locales';
import { useText } from './i18n/use-text';

/**
 * The `language` setting as a select: "Same as the system", then each language in its own
 * name (so a person finds theirs whatever the current language), then the two test
 * locales. Self-contained: Settings and onboarding mount it and save what `onChange`
 * gives them; main's broadcast of the save re-renders every open window.
 */
export function LanguageField({
  value,
  onChange,
}: {
  value: LanguageSetting;
  onChange: (language: LanguageSetting) => void;
}) {
  const id = useId();
  const t = useText();
  return (
    <div className="field">
      <label htmlFor={id}>{t('common.language.label')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = LANGUAGE_SETTINGS.find((setting) => setting === event.target.value);
          if (next) onChange(next);
        }}
      >
        {LANGUAGE_SETTINGS.map((setting) => (
          <option key={setting} value={setting} lang={setting === 'system' ? undefined : setting}>
            {setting === 'system' ? t('common.language.system') : LOCALE_NAMES[setting]}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {t('common.language.hint')}
      </p>
    </div>
  );
}
