import {
  EMERGENCY_ADVICE,
  RED_FLAG_ADVICE,
  RED_FLAGS,
  RED_FLAGS_LEAD,
  STOP_SIGNS,
} from '../../shared/safety';

/**
 * When to stop and when to see a professional, with the emergency signs set apart.
 * Shown in onboarding and in Settings › Safety, so the wording is the same in both.
 */
export function RedFlags({ headingLevel }: { headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <p>{RED_FLAGS_LEAD}</p>
      <ul>
        {RED_FLAGS.map((flag) => (
          <li key={flag.id}>{flag.text}</li>
        ))}
      </ul>
      <p>{RED_FLAG_ADVICE}</p>
      <p>{STOP_SIGNS}</p>
      <div className="emergency">
        <Heading>{EMERGENCY_ADVICE.title}</Heading>
        <p>{EMERGENCY_ADVICE.text}</p>
      </div>
    </>
  );
}
