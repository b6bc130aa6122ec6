import { describe, expect, it } from 'vitest';
import {
  breakProgress,
  buildTooltip as buildTooltipMessages,
  buildTrayMenu as buildTrayMenuMessages,
  formatTrayMenu,
  flattenTrayMenu,
  getAllTrayIconStates,
  getTrayActionInput,
  getTrayIconState,
  PROGRESS_STEPS,
  type TrayMenuItem,
} from '../../../src/core/tray-menu';
import type { AppStatus } from '../../../src/shared/domain';
import { english } from '../../../src/shared/i18n/translator';

/** Core gives messages; these tests read them as main shows them, in English. */
const buildTrayMenu = (...args: Parameters<typeof buildTrayMenuMessages>) =>
  formatTrayMenu(buildTrayMenuMessages(...args), english.format);
const buildTooltip = (...args: Parameters<typeof buildTooltipMessages>) =>
  buildTooltipMessages(...args)
    .map((line) => english.format(line))
    .join('\n');

const NOW = Date.UTC(2026, 10, 23, 10, 0);
const sitting: AppStatus = {
  phase: 'sitting',
  sittingSeconds: 12 * 60,
  nextBreakAt: NOW + 18 * 60_000,
  nextBreakKind: 'posture',
  pausedUntil: null,
  idleAvailable: true,
};
const noWeek = { weekLine: null };

const outline = (items: TrayMenuItem<string>[]): unknown[] =>
  items.map((item) => {
    if (item.type === 'separator') return '---';
    if (item.type === 'label') return `(${item.label})`;
    if (item.type === 'submenu') return { [item.label]: outline(item.items) };
    return item.label;
  });

describe('tray menu model', () => {
  it('lists every action while sitting, with the pause lengths in a submenu', () => {
    expect(outline(buildTrayMenu(sitting, noWeek))).toEqual([
      'Take a break now',
      { Pause: ['30 minutes', '1 hour', 'Until tomorrow', 'Until I resume'] },
      '---',
      { 'In a meeting': ['30 minutes', '1 hour', 'Until I turn it off'] },
      'At my desk, not typing',
      "I'm standing",
      '---',
      "This week's summary",
      'Find my knots…',
      'Settings…',
      '---',
      'Quit Unknot',
    ]);
  });

  it("starts with this week's line, which cannot be clicked", () => {
    const weekLine = { id: 'week.line', values: { taken: 18, breaks: 24 } } as const;
    const items = buildTrayMenu(sitting, { weekLine });
    expect(items[0]).toEqual({ type: 'label', label: 'This week: 18/24 breaks' });
    expect(items[1]).toEqual({ type: 'separator' });
  });

  it('offers resume instead of pause while paused', () => {
    const labels = outline(
      buildTrayMenu({ ...sitting, phase: 'paused', nextBreakAt: null }, noWeek),
    );
    expect(labels).toContain('Resume');
    expect(labels).not.toContainEqual(expect.objectContaining({ Pause: expect.anything() }));
  });

  it('disables break and pause during a break, but not summary, settings or quit', () => {
    const items = flattenTrayMenu(buildTrayMenu({ ...sitting, phase: 'inBreak' }, noWeek));
    const disabled = items.flatMap((i) =>
      i.type !== 'separator' && i.type !== 'label' && !i.enabled ? [i.label] : [],
    );
    expect(disabled).toEqual([
      'Take a break now',
      'Pause',
      '30 minutes',
      '1 hour',
      'Until tomorrow',
      'Until I resume',
    ]);
  });

  it('maps menu actions to engine inputs', () => {
    expect(getTrayActionInput('breakNow')).toEqual({ type: 'startBreakNow' });
    expect(getTrayActionInput('pause30')).toEqual({ type: 'pause', length: { minutes: 30 } });
    expect(getTrayActionInput('pause60')).toEqual({ type: 'pause', length: { minutes: 60 } });
    expect(getTrayActionInput('pauseTomorrow')).toEqual({ type: 'pause', length: 'untilTomorrow' });
    expect(getTrayActionInput('pauseIndefinitely')).toEqual({
      type: 'pause',
      length: 'indefinitely',
    });
    expect(getTrayActionInput('resume')).toEqual({ type: 'resume' });
    expect(getTrayActionInput('summary')).toBeNull();
    expect(getTrayActionInput('quit')).toBeNull();
  });
});

describe('tray tooltip and progress', () => {
  it('shows sitting time and time to the next break', () => {
    expect(buildTooltip(sitting, NOW)).toBe('Unknot — sitting 12 min · next break in 18 min');
  });

  it('says when idle detection is unavailable', () => {
    expect(buildTooltip(sitting, NOW, { idleUnavailable: true })).toBe(
      'Unknot — sitting 12 min · next break in 18 min\nIdle detection unavailable — breaks follow the clock',
    );
  });

  it('shows when a pause ends', () => {
    const paused: AppStatus = { ...sitting, phase: 'paused', pausedUntil: NOW + 90 * 60_000 };
    expect(buildTooltip(paused, NOW)).toBe('Unknot — paused, resumes in 1 h 30 min');
    expect(buildTooltip({ ...paused, pausedUntil: null }, NOW)).toBe('Unknot — paused');
  });

  it('fills the ring in proportion to the way to the next break', () => {
    expect(breakProgress(sitting, NOW)).toBeCloseTo(0.4);
    expect(breakProgress({ ...sitting, phase: 'inBreak' }, NOW)).toBe(1);
    expect(breakProgress({ ...sitting, nextBreakAt: null }, NOW)).toBe(0);
  });
});

describe('tray icon state', () => {
  it('steps the ring, and shows paused and break-due states', () => {
    expect(getTrayIconState(sitting, NOW)).toEqual({
      kind: 'progress',
      step: Math.round(0.4 * PROGRESS_STEPS),
    });
    expect(getTrayIconState({ ...sitting, phase: 'paused' }, NOW)).toEqual({ kind: 'paused' });
    expect(getTrayIconState({ ...sitting, phase: 'offHours' }, NOW)).toEqual({ kind: 'paused' });
    for (const phase of ['notice', 'due', 'inBreak'] as const) {
      expect(getTrayIconState({ ...sitting, phase }, NOW)).toEqual({ kind: 'due' });
    }
  });

  it('changes the ring only a few times per break', () => {
    const seen = new Set<string>();
    for (let minute = 0; minute <= 30; minute += 0.25) {
      const status = {
        ...sitting,
        sittingSeconds: minute * 60,
        nextBreakAt: NOW + (30 - minute) * 60_000,
      };
      seen.add(JSON.stringify(getTrayIconState(status, NOW)));
    }
    expect(seen.size).toBe(PROGRESS_STEPS + 1);
    expect(getAllTrayIconStates()).toHaveLength(PROGRESS_STEPS + 3);
  });
});
