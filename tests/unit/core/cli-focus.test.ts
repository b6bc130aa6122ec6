import { describe, expect, it } from 'vitest';
import { parseCliArgs, type CliCommand } from '../../../src/core/cli-args';
import { runCliCommand, type CliDeps } from '../../../src/main/cli-dispatch';
import { createDriver, MIN } from './engine-driver';
import { english } from '../../../src/shared/i18n/translator';

/** Issue 15: `unknot --meeting 60`, `--standing`, `--sitting`, run against a real engine. */

const exe = ['/opt/Unknot/unknot'];

function command(args: string[]): CliCommand {
  const parsed = parseCliArgs([...exe, ...args]);
  if (!('command' in parsed) || parsed.command === null) throw new Error(JSON.stringify(parsed));
  return parsed.command;
}

function withEngine() {
  const d = createDriver();
  d.activeFrom(0);
  d.sample();
  const deps: CliDeps = {
    dispatch: (input) => void d.send(input),
    getStatus: () => d.status(),
    nowWall: () => d.now().wall,
    showSummary: () => undefined,
    isIdleUnavailable: () => false,
    format: english.format,
  };
  return { d, deps };
}

describe('CLI focus commands', () => {
  it('reads --meeting with minutes (default 60), "on" and "off", and refuses the rest', () => {
    expect(command(['--meeting', '45'])).toEqual({ type: 'meeting', minutes: 45 });
    expect(command(['--meeting'])).toEqual({ type: 'meeting', minutes: 60 });
    expect(command(['--meeting=on'])).toEqual({ type: 'meeting', minutes: null });
    expect(command(['--meeting', 'off'])).toEqual({ type: 'meeting', minutes: 'off' });
    const refused = parseCliArgs([...exe, '--meeting', '0']);
    expect('error' in refused && english.format(refused.error)).toBe(
      '--meeting takes 1 to 480 minutes, "on" or "off", not "0"',
    );
    expect(parseCliArgs([...exe, '--meeting', 'soon'])).toHaveProperty('error');
    expect(command(['--standing'])).toEqual({ type: 'stance', stance: 'standing' });
    expect(command(['--sitting'])).toEqual({ type: 'stance', stance: 'sitting' });
    expect(parseCliArgs([...exe, '--standing', '--sitting'])).toHaveProperty('error');
  });

  it('--meeting 60 holds the break that falls due, and it comes when the hour is over', () => {
    const { d, deps } = withEngine();
    d.runTo(10 * MIN);
    expect(runCliCommand(command(['--meeting', '60']), deps)).toEqual({
      ok: true,
      text: 'In a meeting for 1 h 00 min.',
    });
    d.runTo(69 * MIN);
    expect(d.of('notice')).toEqual([]);
    expect(d.of('held')).toHaveLength(1);
    d.runTo(71 * MIN);
    expect(d.of('notice')[0]?.notice.waited).toBe('call');
    expect(d.seen.find((s) => s.effect.type === 'notice')?.at).toBe(70 * MIN);
  });

  it('--meeting off ends it at once', () => {
    const { d, deps } = withEngine();
    runCliCommand(command(['--meeting', 'on']), deps);
    d.runTo(40 * MIN);
    expect(d.status().meeting).toEqual({ until: null });
    expect(runCliCommand(command(['--meeting', 'off']), deps).ok).toBe(true);
    expect(d.status().meeting).toBeNull();
    expect(d.of('notice')).toHaveLength(1);
  });

  it('--standing and --sitting switch the stance', () => {
    const { d, deps } = withEngine();
    expect(runCliCommand(command(['--standing']), deps).ok).toBe(true);
    expect(d.status().stance).toBe('standing');
    runCliCommand(command(['--sitting']), deps);
    expect(d.status().stance).toBe('sitting');
  });
});
