import type { CliCommand, CliReply, CliRequest } from '../core/cli-args';
import { formatCliStatus } from '../core/cli-args';
import type { EngineInput } from '../core/engine-types';
import { formatDuration } from '../core/format';
import type { AppStatus } from '../shared/domain';

export interface CliDeps {
  dispatch(input: EngineInput): void;
  getStatus(): AppStatus;
  nowWall(): number;
  showSummary(): void;
  isIdleUnavailable(): boolean;
}

/** Runs one CLI command in the running instance and says what happened. Decides nothing. */
export function runCliCommand(command: CliCommand, deps: CliDeps): CliReply {
  switch (command.type) {
    case 'breakNow':
      deps.dispatch({ type: 'startBreakNow' });
      return { ok: true, text: 'Starting a break.' };
    case 'pause': {
      deps.dispatch({ type: 'pause', length: command.length });
      const { length } = command;
      if (length === 'untilTomorrow') return { ok: true, text: 'Paused until tomorrow.' };
      if (length === 'indefinitely') return { ok: true, text: 'Paused until you resume.' };
      return { ok: true, text: `Paused for ${formatDuration(length.minutes * 60_000)}.` };
    }
    case 'resume':
      deps.dispatch({ type: 'resume' });
      return { ok: true, text: 'Resumed.' };
    case 'summary':
      deps.showSummary();
      return { ok: true, text: "Opened this week's summary." };
    case 'status':
      return {
        ok: true,
        text: formatCliStatus(deps.getStatus(), deps.nowWall(), deps.isIdleUnavailable()),
      };
    case 'meeting': {
      deps.dispatch({ type: 'meeting', minutes: command.minutes });
      const { minutes } = command;
      if (minutes === 'off') return { ok: true, text: 'Meeting over: breaks come again.' };
      if (minutes === null) return { ok: true, text: 'In a meeting until you turn it off.' };
      return { ok: true, text: `In a meeting for ${formatDuration(minutes * 60_000)}.` };
    }
    case 'stance':
      deps.dispatch({ type: 'stance', stance: command.stance });
      return {
        ok: true,
        text: command.stance === 'standing' ? 'Standing: no posture breaks.' : 'Sitting.',
      };
  }
}

/** How many recent requests are remembered; a second copy arrives within seconds. */
const REMEMBERED = 32;

/**
 * Runs each request once: the copy that arrives second (lock data or socket) gets the
 * first one's reply instead of running the command again.
 */
export function createCliRequestRunner(
  run: (command: CliCommand) => CliReply,
): (request: CliRequest) => CliReply {
  const replies = new Map<string, CliReply>();
  return (request) => {
    const known = replies.get(request.id);
    if (known) return known;
    const reply = run(request.command);
    replies.set(request.id, reply);
    if (replies.size > REMEMBERED) replies.delete(replies.keys().next().value ?? '');
    return reply;
  };
}
