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

/**
 * The warning signs, emergency first and set apart, then the same-day ones, then when to
 * stop an exercise. The one list the break, onboarding, Settings › Safety and the
 * check-in show, so the words are the same everywhere.
 */
export function RedFlags({ headingLevel }: { headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="warning-signs">
      <div className="emergency">
        <Heading>Call an ambulance now</Heading>
        <EmergencySigns />
      </div>
      <Heading>See a doctor today</Heading>
      <p>{URGENT_LEAD}</p>
      <ul>
        {URGENT_SIGNS.map((sign) => (
          <li key={sign.id}>{sign.text}</li>
        ))}
      </ul>
      <p>{ROUTINE_TEXT}</p>
      <p>{STOP_SIGNS}</p>
      <p>{LOCAL_RULE}</p>
      <WarningSignSources />
    </div>
  );
}

/** The emergency signs and the settled-or-now rule, for hosts that ask about them. */
export function EmergencySigns() {
  return (
    <>
      <p>{EMERGENCY_LEAD}</p>
      <ul>
        {EMERGENCY_SIGNS.map((sign) => (
          <li key={sign.id}>{sign.text}</li>
        ))}
      </ul>
      <p>{SETTLED_RULE}</p>
    </>
  );
}

/** Where the signs come from (plain text: windows open no remote pages). */
export function WarningSignSources() {
  return (
    <p className="hint">
      From the NHS pages{' '}
      {WARNING_SIGN_SOURCES.map((source) => source.title.replace('NHS, ', '')).join(', ')}{' '}
      (nhs.uk/conditions).
    </p>
  );
}
