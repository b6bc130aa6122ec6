import { z } from 'zod';
import type { AppStatus } from '../shared/domain';
import type { PauseLength } from './engine-types';
import { message, type Message } from '../shared/i18n/message';
import { getDurationMessage } from './format';

/**
 * The command line: `unknot --break-now | --pause 60 | --resume | --summary | --status`,
 * and `--meeting 60 | --standing | --sitting`.
 * Parsed by whichever instance was started; run by the first one.
 */

export const cliCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('breakNow') }),
  z.object({
    type: z.literal('pause'),
    length: z.union([
      z.object({
        minutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60),
      }),
      z.literal('untilTomorrow'),
      z.literal('indefinitely'),
    ]),
  }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('summary') }),
  z.object({ type: z.literal('status') }),
  /** "In a meeting": minutes, null until turned off, 'off' to end it (issue 15). */
  z.object({
    type: z.literal('meeting'),
    minutes: z.union([z.number().int().min(1).max(480), z.null(), z.literal('off')]),
  }),
  z.object({ type: z.literal('stance'), stance: z.enum(['standing', 'sitting']) }),
]);

export type CliCommand = z.infer<typeof cliCommandSchema>;

/**
 * One command on its way to the running app. It travels twice (in the single-instance
 * lock's data and over the socket, which carries the answer back); the id lets the app
 * run it once whichever copy arrives first, and lose it to neither.
 */
export const cliRequestSchema = z.object({
  id: z.string().min(8).max(64),
  command: cliCommandSchema,
});

export type CliRequest = z.infer<typeof cliRequestSchema>;

/** `unknot --status` with no Unknot running exits with this (as `systemctl status` does). */
export const NOT_RUNNING_EXIT_CODE = 3;
export const NOT_RUNNING_TEXT = message('cli.notRunning');

export type CliParse = { command: CliCommand | null } | { error: Message };

/** What `unknot` prints after a command it cannot read, in the person's language. */
export const CLI_USAGE = message('cli.usage');

function parseMeeting(
  value: string | undefined,
): { minutes: number | null | 'off' } | { error: Message } {
  if (value === undefined || value.startsWith('--')) return { minutes: 60 };
  if (value === 'off') return { minutes: 'off' };
  if (value === 'on') return { minutes: null };
  const minutes = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(minutes >= 1 && minutes <= 480)) {
    return { error: message('cli.error.meeting', { value }) };
  }
  return { minutes };
}

function parsePause(value: string | undefined): { length: PauseLength } | { error: Message } {
  if (value === undefined || value.startsWith('--')) return { length: { minutes: 60 } };
  if (value === 'tomorrow') return { length: 'untilTomorrow' };
  if (value === 'forever' || value === 'indefinitely') return { length: 'indefinitely' };
  if (!/^\d+$/.test(value)) {
    return { error: message('cli.error.pauseWord', { value }) };
  }
  const minutes = Number(value);
  if (minutes < 1 || minutes > 24 * 60) {
    return { error: message('cli.error.pauseRange', { value: minutes }) };
  }
  return { length: { minutes } };
}

/**
 * Finds our one command among the arguments. Anything else (the executable, the app
 * path, Chromium's own switches) is left alone; two commands at once are an error.
 */
export function parseCliArgs(argv: readonly string[]): CliParse {
  const found: CliCommand[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    switch (flag) {
      case '--break-now':
        found.push({ type: 'breakNow' });
        break;
      case '--resume':
        found.push({ type: 'resume' });
        break;
      case '--summary':
        found.push({ type: 'summary' });
        break;
      case '--status':
        found.push({ type: 'status' });
        break;
      case '--standing':
      case '--sitting':
        found.push({ type: 'stance', stance: flag === '--standing' ? 'standing' : 'sitting' });
        break;
      case '--meeting': {
        const value = inline ?? argv[i + 1];
        const meeting = parseMeeting(value);
        if ('error' in meeting) return meeting;
        if (inline === undefined && value !== undefined && !value.startsWith('--')) i += 1;
        found.push({ type: 'meeting', minutes: meeting.minutes });
        break;
      }
      case '--pause': {
        const value = inline ?? argv[i + 1];
        const pause = parsePause(value);
        if ('error' in pause) return pause;
        if (inline === undefined && value !== undefined && !value.startsWith('--')) i += 1;
        found.push({ type: 'pause', length: pause.length });
        break;
      }
      default:
        break;
    }
  }
  if (found.length > 1) return { error: message('cli.error.oneCommand') };
  return { command: found[0] ?? null };
}

/** `--status`: sitting time and the next break, one message a line. */
export function formatCliStatus(
  status: AppStatus,
  nowWall: number,
  idleUnavailable: boolean,
): Message[] {
  const lines: Message[] = [];
  if (status.phase === 'paused') {
    lines.push(
      status.pausedUntil === null
        ? message('cli.pausedUntilResume')
        : message('cli.status.pausedUntil', {
            in: getDurationMessage(status.pausedUntil - nowWall),
          }),
    );
  } else if (status.phase === 'inBreak') {
    lines.push(message('cli.status.inBreak'));
  } else if (status.phase === 'offHours') {
    lines.push(message('cli.status.offHours'));
  }
  lines.push(
    message('cli.status.sitting', { sitting: getDurationMessage(status.sittingSeconds * 1000) }),
  );
  if (status.nextBreakAt !== null) {
    const kind = status.nextBreakKind === 'movement' ? 'movement' : 'posture';
    const next = getDurationMessage(Math.max(0, status.nextBreakAt - nowWall));
    lines.push(message('cli.status.next', { kind, in: next }));
  } else {
    lines.push(message('cli.status.noNext'));
  }
  if (idleUnavailable) lines.push(message('idle.unavailable'));
  return lines;
}

/** What the first instance answers a CLI request with. */
export const cliReplySchema = z.union([
  z.object({ ok: z.literal(true), text: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type CliReply = z.infer<typeof cliReplySchema>;
