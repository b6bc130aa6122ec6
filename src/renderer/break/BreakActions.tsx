import type { BreakPrompt, ChosenOutcome } from '../../shared/domain';
import { useText } from '../common/i18n/use-text';

interface Props {
  prompt: BreakPrompt;
  busy: boolean;
  finished: boolean;
  muted: boolean;
  sending: ChosenOutcome | null;
  onToggleMuted: () => void;
  onSnooze: () => void;
  onSkipBreak: () => void;
}

/** What every card offers: snooze, skip the whole break (not in strict mode), sound. */
export function BreakActions(props: Props) {
  const { prompt, busy, finished } = props;
  const t = useText();
  const canSnooze = prompt.snoozesLeft > 0;
  return (
    <footer className="break-footer">
      {!finished && (
        <div className="secondary-actions">
          <button
            type="button"
            aria-keyshortcuts="Escape"
            aria-disabled={!canSnooze || busy}
            aria-describedby="snooze-note"
            onClick={props.onSnooze}
          >
            {t('break.snooze')} <kbd aria-hidden="true">{t('key.escape')}</kbd>
          </button>
          <span id="snooze-note" className="note">
            {canSnooze
              ? t('break.snoozesLeft', { count: prompt.snoozesLeft })
              : t('break.noSnoozes')}
          </span>
          {prompt.strict ? (
            <span className="note">{t('break.strictNoSkip')}</span>
          ) : (
            <button type="button" disabled={busy} onClick={props.onSkipBreak}>
              {t('break.skipBreak')}
            </button>
          )}
        </div>
      )}
      <button
        type="button"
        className="mute"
        aria-pressed={props.muted}
        onClick={props.onToggleMuted}
      >
        {t('break.mute')}
      </button>
      {props.sending === 'snoozed' && (
        <p role="status" className="note snoozed">
          {t('break.snoozed')}
        </p>
      )}
    </footer>
  );
}
