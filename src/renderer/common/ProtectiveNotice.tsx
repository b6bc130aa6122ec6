import { useState } from 'react';
import type { ProtectiveStatus } from '../../core/protective-mode';
import type { UnknotApi } from '../../shared/ipc';
import type { Settings } from '../../shared/settings/schema';
import { getWarningSignText } from '../../shared/warning-signs';
import { useMessageText, useSourceText, useText } from './i18n/use-text';

/**
 * Protective mode's reason, and its one way out before the 14 days are up: the person's
 * word that a doctor or physiotherapist has seen them. Shown by the break and Settings.
 * The signs reported are listed as the warning-sign list writes them.
 */
export function ProtectiveNotice({
  api,
  status,
  onEnded,
}: {
  api: UnknotApi;
  status: ProtectiveStatus;
  onEnded: (settings: Settings) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const say = useSourceText();
  const format = useMessageText();
  const t = useText();
  const end = () =>
    api
      .endProtectiveMode({ professionalHasSeen: true })
      .then(onEnded, (reason: unknown) =>
        setError(t('common.protective.saveFailed', { error: String(reason) })),
      );
  return (
    <div className="notice protective" role="status">
      <p>{t('common.protective.reported')}</p>
      <ul>
        {status.signs.map((sign) => (
          <li key={sign}>{say(getWarningSignText(sign))}</li>
        ))}
      </ul>
      <p>{format(status.message)}</p>
      <p>{t('common.protective.seeDoctor')}</p>
      <button type="button" onClick={() => void end()}>
        {t('common.protective.seen')}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
