import { useId, useState } from 'react';
import { getContraindicationReason } from '../../../shared/safety';
import type { UnknotApi } from '../../../shared/ipc';
import { RedFlags } from '../../common/RedFlags';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

/**
 * Whether pressure exercises are on, why not, and the way back on after a professional
 * said they are fine. The safety check itself is the onboarding flow, opened from here.
 */
export function SafetySection({
  editor,
  api,
  onSafetyCheck,
}: {
  editor: SettingsEditor;
  api: UnknotApi;
  onSafetyCheck: () => void;
}) {
  const { safety, onboarding } = editor.saved;
  const [confirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const confirmId = useId();
  const reasons = safety.contraindications.map(getContraindicationReason);

  const setAllowed = (allowed: boolean) =>
    api.setPressureAllowed({ allowed, professionalSaidSafe: allowed ? confirmed : undefined }).then(
      (settings) => {
        editor.accept(settings);
        setMessage(null);
        setConfirmed(false);
      },
      (error: unknown) => setMessage(String(error).replace(/^Error: /, '')),
    );

  return (
    <Section id="safety" title="Safety">
      {onboarding.completedAt === null || onboarding.skipped ? (
        <p>You have not answered the safety check yet. It takes a minute.</p>
      ) : null}
      {safety.pressureAllowed ? (
        <>
          <p>
            Pressure exercises are on.
            {safety.clearedByProfessionalAt !== null &&
              ' You told Unknot a professional said they are fine for you.'}
          </p>
          <button type="button" onClick={() => void setAllowed(false)}>
            Turn pressure exercises off
          </button>
        </>
      ) : (
        <div className="notice">
          <p>
            Pressure exercises are off because of {reasons.join(', ')}. Stretches and movement stay
            on.
          </p>
          <div className="field toggle">
            <input
              id={confirmId}
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
            />
            <label htmlFor={confirmId}>
              A doctor or physiotherapist told me pressure exercises are fine for me
            </label>
          </div>
          <button type="button" onClick={() => void setAllowed(true)}>
            Turn pressure exercises back on
          </button>
        </div>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <p>
        <button type="button" onClick={onSafetyCheck}>
          Go through the welcome and safety check again
        </button>
      </p>
      <h3>When to see a professional</h3>
      <RedFlags headingLevel={3} />
    </Section>
  );
}
