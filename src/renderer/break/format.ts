import type { MessageId } from '../../shared/i18n/messages/en';

type Text = (id: MessageId, values?: Record<string, number>) => string;

/** "2 min 10 s", "45 s", "3 min": how much care, in words a person reads at a glance. */
export function formatCare(totalSeconds: number, t: Text): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('care.seconds', { seconds: rest });
  return rest === 0
    ? t('care.minutes', { minutes })
    : t('care.minutesSeconds', { minutes, seconds: rest });
}

/** "0:45", "4:00": the big hold timer. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
