import { message, type Message } from '../shared/i18n/message';

/** "45 s", "12 min", "1 h 05 min": short durations for the tray and the CLI, as a message. */
export function getDurationMessage(ms: number): Message {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  if (totalSeconds < 60) return message('duration.seconds', { seconds: totalSeconds });
  const totalMinutes = Math.round(totalSeconds / 60);
  if (totalMinutes < 60) return message('duration.minutes', { minutes: totalMinutes });
  const hours = Math.floor(totalMinutes / 60);
  const minutes = String(totalMinutes % 60).padStart(2, '0');
  return message('duration.hoursMinutes', { hours, minutes });
}
