import { useState } from 'react';
import type { UnknotApi } from '../../shared/ipc';
import type { Settings } from '../../shared/settings/schema';
import { CHECK_IN_SIGNS, EMERGENCY_ADVICE, EMERGENCY_NOW } from '../../shared/warning-signs';

/**
 * Reporting a warning sign during a break: breaks turn to gentle movement for 14 days.
 * An emergency happening now is answered with the call-now advice first.
 */
export function ReportWarningSign({
  api,
  onReported,
}: {
  api: UnknotApi;
  onReported: (settings: Settings) => void;
}) {
  const [signs, setSigns] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const toggle = (id: string) =>
    setSigns(signs.includes(id) ? signs.filter((sign) => sign !== id) : [...signs, id]);
  const report = () =>
    api.reportWarningSign({ signs }).then(
      (settings) => {
        setMessage(
          'Thank you. Stop this break here (Skip). From the next break Unknot offers gentle movement only, for 14 days or until a professional has seen you.',
        );
        onReported(settings);
      },
      (reason: unknown) => setMessage(`That was not saved: ${String(reason)}`),
    );
  const choices = [
    { id: EMERGENCY_NOW, text: 'An emergency sign above, happening now' },
    ...CHECK_IN_SIGNS,
  ];
  return (
    <fieldset className="report-sign">
      <legend>Do you have one of these signs? Tell Unknot, and breaks stay gentle.</legend>
      {choices.map((sign) => (
        <label key={sign.id} className="choice">
          <input
            type="checkbox"
            checked={signs.includes(sign.id)}
            onChange={() => toggle(sign.id)}
          />
          {sign.text}
        </label>
      ))}
      {signs.includes(EMERGENCY_NOW) && (
        <p role="alert" className="emergency">
          <strong>{EMERGENCY_ADVICE.title}.</strong> {EMERGENCY_ADVICE.text}
        </p>
      )}
      <button type="button" disabled={signs.length === 0} onClick={() => void report()}>
        Report and keep my breaks gentle
      </button>
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
