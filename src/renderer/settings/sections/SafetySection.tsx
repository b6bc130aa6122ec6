import { useId, useState } from 'react';
import { getOperationSitesText, getPressureStatus } from '../../../core/safety-status';
import type { UnknotApi } from '../../../shared/ipc';
import { getOperationSiteLabel } from '../../../shared/safety';
import type { Settings } from '../../../shared/settings/schema';
import { ProtectiveNotice } from '../../common/ProtectiveNotice';
import { RedFlags } from '../../common/RedFlags';
import { InlineSafetyCheck } from '../../onboarding/InlineSafetyCheck';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

/**
 * Whether pressure exercises are on and why not, the safety questions, the exercises
 * left out after an operation, protective mode, and the warning signs.
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
  const saved = editor.saved;
  const [confirmed, setConfirmed] = useState(false);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const confirmId = useId();
  // When the window opened: protective mode ending mid-window waits for the next open.
  const [openedAt] = useState(() => Date.now());
  const status = getPressureStatus(saved, openedAt);
  const sitesText = getOperationSitesText(saved);

  const accept = (settings: Settings) => {
    editor.accept(settings);
    setMessage(null);
    setConfirmed(false);
    setAsking(false);
  };
  const failed = (error: unknown) => setMessage(String(error).replace(/^Error: /, ''));
  const setAllowed = (allowed: boolean) =>
    api
      .setPressureAllowed({ allowed, professionalSaidSafe: allowed ? confirmed : undefined })
      .then(accept, failed);
  const bringBack = (site: string) =>
    api
      .setOperationSites({ sites: saved.safety.operationSites.filter((s) => s !== site) })
      .then(accept, failed);

  return (
    <Section id="safety" title="Safety">
      {status.state === 'protective' ? (
        <ProtectiveNotice api={api} message={status.text} onEnded={accept} />
      ) : (
        <p>{status.text}</p>
      )}
      {status.state === 'unanswered' && (
        <InlineSafetyCheck api={api} safety={saved.safety} onSaved={accept} />
      )}
      {status.state === 'on' && (
        <button type="button" onClick={() => void setAllowed(false)}>
          Turn pressure exercises off
        </button>
      )}
      {status.state === 'off' && (
        <div className="notice">
          {status.needsProfessional && (
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
          )}
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
      {sitesText && (
        <div className="notice">
          <p>{sitesText}</p>
          {saved.safety.operationSites
            .filter((site) => site !== 'other')
            .map((site) => (
              <button key={site} type="button" onClick={() => void bringBack(site)}>
                Turn exercises for the {getOperationSiteLabel(site).toLowerCase()} back on
              </button>
            ))}
        </div>
      )}
      {status.state !== 'unanswered' &&
        (asking ? (
          <InlineSafetyCheck api={api} safety={saved.safety} onSaved={accept} />
        ) : (
          <p>
            <button type="button" onClick={() => setAsking(true)}>
              Answer the safety questions again
            </button>
          </p>
        ))}
      <p>
        <button type="button" onClick={onSafetyCheck}>
          Go through the welcome and safety check again
        </button>
      </p>
      <h3>Warning signs</h3>
      <RedFlags headingLevel={3} />
    </Section>
  );
}
