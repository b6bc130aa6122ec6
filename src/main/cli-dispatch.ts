import type { CliCommand, CliReply, CliRequest } from '../core/cli-args';
import { formatCliStatus } from '../core/cli-args';
import type { EngineInput } from '../core/engine-types';
import { getDurationMessage } from '../core/format';
import type { AppStatus } from '../shared/domain';
import { message, type Message } from '../shared/i18n/message';

export interface CliDeps {
  dispatch(input: EngineInput): void;
  getStatus(): AppStatus;
  nowWall(): number;
  showSummary(): void;
  isIdleUnavailable(): boolean;
  /** Formats a reply in the app's language. */
  format(text: Message): string;
}

/** What a command did, as messages (one a line). */
function describeCommand(command: CliCommand, deps: CliDeps): Message[] {
  switch (command.type) {
    case 'breakNow':
      deps.dispatch({ type: 'startBreakNow' });
      return [message('cli.breakNow')];
    case 'pause': {
      deps.dispatch({ type: 'pause', length: command.length });
      const { length } = command;
      if (length === 'untilTomorrow') return [message('cli.pausedTomorrow')];
      if (length === 'indefinitely') return [message('cli.pausedUntilResume')];
      return [message('cli.pausedFor', { length: getDurationMessage(length.minutes * 60_000) })];
    }
    case 'resume':
      deps.dispatch({ type: 'resume' });
      return [message('cli.resumed')];
    case 'summary':
      deps.showSummary();
      return [message('cli.summary')];
    case 'status':
      return formatCliStatus(deps.getStatus(), deps.nowWall(), deps.isIdleUnavailable());
    case 'meeting': {
      deps.dispatch({ type: 'meeting', minutes: command.minutes });
      const { minutes } = command;
      if (minutes === 'off') return [message('cli.meetingOff')];
      if (minutes === null) return [message('cli.meetingOn')];
      return [message('cli.meetingFor', { length: getDurationMessage(minutes * 60_000) })];
    }
    case 'stance':
      deps.dispatch({ type: 'stance', stance: command.stance });
      return [message(command.stance === 'standing' ? 'cli.standing' : 'cli.sitting')];
  }
}

/** Runs one CLI command in the running instance and says what happened. Decides nothing. */
export function runCliCommand(command: CliCommand, deps: CliDeps): CliReply {
  const lines = describeCommand(command, deps);
  return { ok: true, text: lines.map((line) => deps.format(line)).join('\n') };
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
