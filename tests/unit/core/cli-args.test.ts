import { describe, expect, it } from 'vitest';
import {
  CLI_USAGE,
  formatCliStatus as getStatusLines,
  parseCliArgs as parse,
} from '../../../src/core/cli-args';
import type { AppStatus } from '../../../src/shared/domain';
import { createTranslator, english } from '../../../src/shared/i18n/translator';

/** Core answers with messages; main prints them, here in English. */
function parseCliArgs(argv: readonly string[]) {
  const parsed = parse(argv);
  return 'error' in parsed ? { error: english.format(parsed.error) } : parsed;
}
const formatCliStatus = (...args: Parameters<typeof getStatusLines>) =>
  getStatusLines(...args)
    .map((line) => english.format(line))
    .join('\n');

const exe = ['/opt/Unknot/unknot'];
const dev = ['/usr/bin/electron', '/work/out/main/index.js'];

describe('CLI arguments', () => {
  it('reads each command, wherever the executable and app path put it', () => {
    expect(parseCliArgs([...exe, '--break-now'])).toEqual({ command: { type: 'breakNow' } });
    expect(parseCliArgs([...dev, '--resume'])).toEqual({ command: { type: 'resume' } });
    expect(parseCliArgs([...exe, '--summary'])).toEqual({ command: { type: 'summary' } });
    expect(parseCliArgs([...exe, '--status'])).toEqual({ command: { type: 'status' } });
  });

  it('reads pause lengths in minutes, as a separate or an inline value, and in words', () => {
    const pause = (minutes: number) => ({ command: { type: 'pause', length: { minutes } } });
    expect(parseCliArgs([...exe, '--pause', '60'])).toEqual(pause(60));
    expect(parseCliArgs([...exe, '--pause=15'])).toEqual(pause(15));
    expect(parseCliArgs([...exe, '--pause'])).toEqual(pause(60));
    expect(parseCliArgs([...exe, '--pause', '--no-sandbox'])).toEqual(pause(60));
    expect(parseCliArgs([...exe, '--pause', 'tomorrow'])).toEqual({
      command: { type: 'pause', length: 'untilTomorrow' },
    });
    expect(parseCliArgs([...exe, '--pause=forever'])).toEqual({
      command: { type: 'pause', length: 'indefinitely' },
    });
  });

  it('refuses bad pause lengths with a message saying what works', () => {
    expect(parseCliArgs([...exe, '--pause', '0'])).toEqual({
      error: '--pause takes 1 to 1440 minutes, not 0',
    });
    expect(parseCliArgs([...exe, '--pause', '1441'])).toHaveProperty('error');
    expect(parseCliArgs([...exe, '--pause', '1.5'])).toHaveProperty('error');
    expect(parseCliArgs([...exe, '--pause', 'soon'])).toEqual({
      error: '--pause takes minutes (1–1440), "tomorrow" or "forever", not "soon"',
    });
  });

  it('is a plain start without a command, and leaves Chromium switches alone', () => {
    expect(parseCliArgs(exe)).toEqual({ command: null });
    expect(parseCliArgs([...dev, '--no-sandbox', '--enable-logging'])).toEqual({ command: null });
  });

  it('takes one command at a time', () => {
    expect(parseCliArgs([...exe, '--break-now', '--resume'])).toEqual({
      error: 'Give one command at a time.',
    });
  });

  it("prints the usage in the person's language, with the flags and their words as typed", () => {
    const flags = (text: string) =>
      text.match(/--[a-z-]+|"\w+"|„\w+“/g)?.map((f) => f.replace(/[„“"]/g, ''));
    // Where each line's description starts: one column, as in English.
    const columns = (text: string) =>
      new Set(
        text
          .split('\n')
          .slice(1)
          .map((line) => /^ {2}--[a-z-]+( [A-Z]+)? +/.exec(line)?.[0].length),
      );
    const usage = english.format(CLI_USAGE);
    const german = createTranslator('de').format(CLI_USAGE);
    expect(usage).toMatch(/^Usage: unknot \[--break-now \| --pause MINUTES/);
    expect(german).toMatch(/^Aufruf: unknot \[--break-now \| --pause MINUTEN/);
    expect(german).toContain('\n  --status           Sitzzeit und nächste Pause ausgeben\n');
    expect(flags(german)).toEqual(flags(usage));
    expect([...columns(german)]).toEqual([21]);
    expect([...columns(usage)]).toEqual([21]);
  });
});

describe('--status text', () => {
  const NOW = Date.UTC(2026, 10, 23, 10, 0);
  const status: AppStatus = {
    phase: 'sitting',
    sittingSeconds: 25 * 60,
    nextBreakAt: NOW + 5 * 60_000,
    nextBreakKind: 'posture',
    pausedUntil: null,
    idleAvailable: true,
  };

  it('prints sitting time and the next break', () => {
    expect(formatCliStatus(status, NOW, false)).toBe(
      'Sitting: 25 min\nNext break: posture, in 5 min',
    );
  });

  it('says when paused and when idle detection is unavailable', () => {
    const paused: AppStatus = {
      ...status,
      phase: 'paused',
      nextBreakAt: null,
      pausedUntil: NOW + 3_600_000,
    };
    expect(formatCliStatus(paused, NOW, true)).toBe(
      'Paused; resumes in 1 h 00 min.\nSitting: 25 min\nNext break: none scheduled\nIdle detection unavailable — breaks follow the clock',
    );
  });
});
