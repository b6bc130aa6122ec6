import { useId, useState } from 'react';
import { getPressureStatus } from '../../../core/safety-status';
import type { UnknotApi } from '../../../shared/ipc';
import type { Settings } from '../../../shared/settings/schema';
import { useText } from '../../common/i18n/use-text';
import { usePressureText } from '../../common/pressure-text';
import { ProtectiveNotice } from '../../common/ProtectiveNotice';
import { RedFlags } from '../../common/RedFlags';
import { InlineSafetyCheck } from '../../onboarding/InlineSafetyCheck';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';
import { useLocaleFormat } from '../locale-format';

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
  const t = useText();
  const pressureText = usePressureText();
  const { list } = useLocaleFormat();
  const saved = editor.saved;
  const [confirmed, setConfirmed] = useState(false);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const confirmId = useId();
  // When the window opened: protective mode ending mid-window waits for the next open.
  const [openedAt] = useState(() => Date.now());
  const status = getPressureStatus(saved, openedAt);
  // The sites named (not "somewhere else"): their exercises are left out.
  const sites = saved.safety.operationSites.filter((site) => site !== 'other');
  const sitesText =
    sites.length > 0
      ? t('settings.safety.sites', {
          sites: list(sites.map((site) => t('settings.safety.siteName', { site }))),
        })
      : null;

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
    <Section id="safety" title={t('settings.safety.title')}>
      {status.protective ? (
        <ProtectiveNotice api={api} status={status.protective} onEnded={accept} />
      ) : (
        <p>{pressureText(status)}</p>
      )}
      {status.state === 'unanswered' && (
        <InlineSafetyCheck api={api} safety={saved.safety} onSaved={accept} />
      )}
      {status.state === 'on' && (
        <button type="button" onClick={() => void setAllowed(false)}>
          {t('settings.safety.turnOff')}
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
              <label htmlFor={confirmId}>{t('settings.safety.professional')}</label>
            </div>
          )}
          <button type="button" onClick={() => void setAllowed(true)}>
            {t('settings.safety.turnOn')}
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
          {sites.map((site) => (
            <button key={site} type="button" onClick={() => void bringBack(site)}>
              {t('settings.safety.siteBack', { site })}
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
              {t('settings.safety.askAgain')}
            </button>
          </p>
        ))}
      <p>
        <button type="button" onClick={onSafetyCheck}>
          {t('settings.safety.welcomeAgain')}
        </button>
      </p>
      <h3>{t('settings.safety.warningSigns')}</h3>
      <RedFlags headingLevel={3} />
    </Section>
  );
}
