import { useState } from 'react';
import type { UnknotApi } from '../../shared/ipc';
import type { Settings } from '../../shared/settings/schema';
import { CHECK_IN_SIGNS, EMERGENCY_ADVICE, EMERGENCY_NOW } from '../../shared/warning-signs';
import { useSourceText, useText } from '../common/i18n/use-text';

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
  const t = useText();
  const say = useSourceText();
  const [signs, setSigns] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const toggle = (id: string) =>
    setSigns(signs.includes(id) ? signs.filter((sign) => sign !== id) : [...signs, id]);
  const report = () =>
    api.reportWarningSign({ signs }).then(
      (settings) => {
        setMessage(t('report.thanks'));
        onReported(settings);
      },
      (reason: unknown) => setMessage(t('report.error', { reason: String(reason) })),
    );
  const choices = [
    { id: EMERGENCY_NOW, text: t('report.emergencyNow') },
    ...CHECK_IN_SIGNS.map((sign) => ({ id: sign.id, text: say(sign.text) })),
  ];
  return (
    <fieldset className="report-sign">
      <legend>{t('report.legend')}</legend>
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
          <strong>{say(EMERGENCY_ADVICE.title)}.</strong> {say(EMERGENCY_ADVICE.text)}
        </p>
      )}
      <button type="button" disabled={signs.length === 0} onClick={() => void report()}>
        {t('report.button')}
      </button>
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
