import { useCallback } from 'react';
import type { PressureStatus } from '../../core/safety-status';
import { getContraindicationReason } from '../../shared/safety';
import { useFormats, useMessageText, useSourceText } from './i18n/use-text';

/**
 * Whether pressure exercises are on, and why not, in the window's language: core's
 * message, with the reasons (the safety questions' catalogue texts) joined as the locale
 * joins a list. The one way the break and Settings say it.
 */
export function usePressureText(): (status: PressureStatus) => string {
  const format = useMessageText();
  const say = useSourceText();
  const formats = useFormats();
  return useCallback(
    (status: PressureStatus) => {
      const reasons = status.reasons.map((id) => say(getContraindicationReason(id)));
      return format(status.message, { reasons: formats.list(reasons) });
    },
    [format, say, formats],
  );
}
