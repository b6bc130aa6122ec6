import type { BreakPrompt, ChosenOutcome } from '../../shared/domain';

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
            Snooze <kbd aria-hidden="true">Esc</kbd>
          </button>
          <span id="snooze-note" className="note">
            {canSnooze
              ? `${prompt.snoozesLeft} snooze${prompt.snoozesLeft === 1 ? '' : 's'} left`
              : 'No snoozes left for this break'}
          </span>
          {prompt.strict ? (
            <span className="note">Strict mode: this break cannot be skipped.</span>
          ) : (
            <button type="button" disabled={busy} onClick={props.onSkipBreak}>
              Skip break
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
        Mute sound
      </button>
      {props.sending === 'snoozed' && (
        <p role="status" className="note snoozed">
          Snoozed. See you in a few minutes.
        </p>
      )}
    </footer>
  );
}
