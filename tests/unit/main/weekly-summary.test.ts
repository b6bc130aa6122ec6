import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSummaryView } from '../../../src/main/handlers/summary';
import { openLogStore } from '../../../src/main/platform/log-store';
import { openSettingsStore } from '../../../src/main/platform/settings-store';
import type { DesktopNotice, NoticeResponse } from '../../../src/main/ports';
import { setupWeeklySummary, type WeeklySummaryScheduler } from '../../../src/main/weekly-summary';
import { tempDirPerTest } from '../../support/temp-dir';

const ZONE = 'Europe/Berlin';
const local = (m: number, d: number, h: number, min = 0) =>
  new TZDate(2026, m - 1, d, h, min, ZONE).getTime();
const tempDir = tempDirPerTest();

function setup() {
  const dir = tempDir();
  const settingsStore = openSettingsStore(dir, Date.now());
  const logStore = openLogStore(dir, { timeZone: ZONE });
  const shown: { notice: DesktopNotice; respond?: (r: NoticeResponse) => void }[] = [];
  const opened: number[] = [];
  const history = {
    now: () => Date.now(),
    timeZone: ZONE,
    locale: 'de-DE',
    chooseExportPath: () => Promise.resolve(null),
    takeStartWeek: () => 0,
  };
  const scheduler = setupWeeklySummary({
    notifier: { show: (notice, respond) => shown.push({ notice, respond }) },
    getSettings: () => settingsStore.settings,
    onSettingsChange: (listener) => settingsStore.onChange(listener),
    now: () => Date.now(),
    timeZone: ZONE,
    locale: 'de-DE',
    getSummaryView: (weeksBack) => getSummaryView({ settingsStore, logStore, history }, weeksBack),
    openSummary: (weeksBack) => opened.push(weeksBack),
  });
  return { scheduler, settingsStore, logStore, shown, opened };
}

describe('weekly summary scheduler (recording notifier, fake timers)', () => {
  let scheduler: WeeklySummaryScheduler | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(local(11, 25, 12));
  });
  afterEach(() => {
    scheduler?.stop();
    vi.useRealTimers();
  });

  it("fires on Monday 09:00 with last week's headline and opens that week on click", () => {
    const env = setup();
    scheduler = env.scheduler;
    for (const [day, outcome] of [
      [23, 'completed'],
      [24, 'completed'],
      [25, 'skipped'],
      [26, 'completed'],
    ] as const) {
      env.logStore.append({
        id: `e${day}`,
        at: local(11, day, 10),
        kind: 'posture',
        outcome,
        exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
        boutSeconds: 1800,
      });
    }
    expect(scheduler.nextAt()).toBe(local(11, 30, 9));
    vi.advanceTimersByTime(local(11, 30, 9) - local(11, 25, 12) - 1);
    expect(env.shown).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(env.shown.map((s) => s.notice)).toEqual([
      {
        title: 'Your week with Unknot',
        body: 'You took 3 of 4 breaks in your first week with Unknot. 4-day streak (1 day forgiven).',
      },
    ]);
    env.shown[0]?.respond?.({ type: 'click' });
    expect(env.opened).toEqual([1]);
    env.shown[0]?.respond?.({ type: 'dismissed' });
    expect(env.opened).toEqual([1]);
    // Re-armed for the next week.
    expect(scheduler.nextAt()).toBe(local(12, 7, 9));
  });

  it('re-arms when the settings change, and stays quiet when turned off', () => {
    const env = setup();
    scheduler = env.scheduler;
    const settings = env.settingsStore.settings;
    env.settingsStore.save({
      ...settings,
      weeklySummary: { enabled: true, weekday: 5, time: '17:30' },
    });
    expect(scheduler.nextAt()).toBe(local(11, 27, 17, 30));
    env.settingsStore.save({
      ...settings,
      weeklySummary: { ...settings.weeklySummary, enabled: false },
    });
    expect(scheduler.nextAt()).toBeNull();
    vi.advanceTimersByTime(14 * 24 * 3_600_000);
    expect(env.shown).toHaveLength(0);
  });

  it('still fires, once, when the machine slept through the moment', () => {
    const env = setup();
    scheduler = env.scheduler;
    // The clock jumps past Monday 09:00 without timers running (a suspended laptop).
    vi.setSystemTime(local(11, 30, 11));
    expect(env.shown).toHaveLength(0);
    // On resume the app asks it to look again.
    scheduler.recheck();
    expect(env.shown).toHaveLength(1);
    expect(env.shown[0]?.notice.body).toBe('No breaks recorded this week.');
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(env.shown).toHaveLength(1);
    expect(scheduler.nextAt()).toBe(local(12, 7, 9));
  });

  it('without a resume, notices a stretched clock within six hours', () => {
    const env = setup();
    scheduler = env.scheduler;
    vi.setSystemTime(local(11, 30, 11));
    vi.advanceTimersByTime(6 * 60 * 60 * 1000 - 1);
    expect(env.shown).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(env.shown).toHaveLength(1);
  });
});
