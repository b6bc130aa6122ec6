import { LOCAL_RULE, STOP_SIGNS } from '../../shared/safety';
import {
  EMERGENCY_LEAD,
  EMERGENCY_SIGNS,
  ROUTINE_TEXT,
  SETTLED_RULE,
  URGENT_LEAD,
  URGENT_SIGNS,
  WARNING_SIGN_SOURCES,
} from '../../shared/warning-signs';
import { useFormats, useRichText, useSourceText, useText } from './i18n/use-text';

/**
 * The warning signs, emergency first and set apart, then the same-day ones, then when to
 * stop an exercise. The one list the break, onboarding, Settings › Safety and the
 * check-in show, so the words are the same everywhere.
 */
export function RedFlags({ headingLevel }: { headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const say = useSourceText();
  const t = useText();
  return (
    <div className="warning-signs">
      <div className="emergency">
        <Heading>{t('common.signs.emergency')}</Heading>
        <EmergencySigns />
      </div>
      <Heading>{t('common.signs.urgent')}</Heading>
      <p>{say(URGENT_LEAD)}</p>
      <ul>
        {URGENT_SIGNS.map((sign) => (
          <li key={sign.id}>{say(sign.text)}</li>
        ))}
      </ul>
      <p>{say(ROUTINE_TEXT)}</p>
      <p>{say(STOP_SIGNS)}</p>
      <p>{say(LOCAL_RULE)}</p>
      <WarningSignSources />
    </div>
  );
}

/** The emergency signs and the settled-or-now rule, for hosts that ask about them. */
export function EmergencySigns() {
  const say = useSourceText();
  return (
    <>
      <p>{say(EMERGENCY_LEAD)}</p>
      <ul>
        {EMERGENCY_SIGNS.map((sign) => (
          <li key={sign.id}>{say(sign.text)}</li>
        ))}
      </ul>
      <p>{say(SETTLED_RULE)}</p>
    </>
  );
}

/** Where the signs come from (plain text: windows open no remote pages). */
export function WarningSignSources() {
  const rich = useRichText();
  const formats = useFormats();
  // Page titles are cited as published, in English (hence <cite lang="en">).
  const titles = formats.list(
    WARNING_SIGN_SOURCES.map((source) => source.title.replace('NHS, ', '')),
  );
  const cited = <cite lang="en">{titles}</cite>;
  return <p className="hint">{rich('common.signs.sources', { titles: cited })}</p>;
}
