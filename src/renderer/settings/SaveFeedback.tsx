import { useText } from '../common/i18n/use-text';
import type { SaveFeedbackState } from './use-settings';

/**
 * The one polite live region of the settings window: "Saved" after each change main
 * accepted, or what went wrong. A new span per message makes a repeated "Saved" heard.
 * It sits at the foot of the window, so it is seen wherever on a long page the change was.
 */
export function SaveFeedback({ feedback }: { feedback: SaveFeedbackState | null }) {
  const t = useText();
  return (
    <p
      role="status"
      aria-live="polite"
      aria-label={t('settings.save.label')}
      className={`save-feedback ${feedback?.kind === 'saved' ? 'saved' : 'refused'}`}
    >
      {feedback && <span key={feedback.serial}>{feedback.text}</span>}
    </p>
  );
}
