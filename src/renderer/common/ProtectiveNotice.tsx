import { useState } from 'react';
import type { UnknotApi } from '../../shared/ipc';
import type { Settings } from '../../shared/settings/schema';

/**
 * Protective mode's reason, and its one way out before the 14 days are up: the person's
 * word that a doctor or physiotherapist has seen them. Shown by the break and Settings.
 */
export function ProtectiveNotice({
  api,
  message,
  onEnded,
}: {
  api: UnknotApi;
  message: string;
  onEnded: (settings: Settings) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const end = () =>
    api
      .endProtectiveMode({ professionalHasSeen: true })
      .then(onEnded, (reason: unknown) => setError(`That did not save: ${String(reason)}`));
  return (
    <div className="notice protective" role="status">
      <p>{message}</p>
      <p>Please see a doctor today about what you reported.</p>
      <button type="button" onClick={() => void end()}>
        A doctor or physiotherapist has seen me
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
