import { setMainLanguage } from '../../../src/main/i18n';
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import { openSettingsStore } from '../../../src/main/platform/settings-store';
import type { SummaryView, WindowKind } from '../../../src/shared/domain';
import { ipcContract } from '../../../src/shared/ipc';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
const ZONE = 'Europe/Berlin';
const local = (m: number, d: number, h: number) => new TZDate(2026, m - 1, d, h, 0, ZONE).getTime();
/** Friday 27 November 2026, 17:00. */
const NOW = local(11, 27, 17);

/** The real main side (stores on real files, handlers, router) with a recording shell. */
function setup(dataDir = tempDir()) {
  const shell = createRecordingShell({ wall0: NOW });
  const services = createMainServices({
    dataDir,
    timeZone: ZONE,
    shell: shell.ports,
    desktop: { openPath: async () => '' },
  });
  const call = (name: keyof typeof ipcContract.invoke, payload: unknown, from: WindowKind) =>
    services.router.handle(ipcContract.invoke[name].channel, payload, from);
  return { services, shell, call, dataDir };
}

/** Care on Mon 23 and Tue 24, nothing on Wed 25 and Thu 26, care on Fri 27. */
function logCare(services: ReturnType<typeof setup>['services']) {
  for (const day of [23, 24, 27]) {
    services.logStore.append({
      id: `care-${day}`,
      at: local(11, day, 10),
      kind: 'posture',
      outcome: 'completed',
      exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
      boutSeconds: 1800,
    });
  }
}

describe('summary window actions (router, real handlers and stores)', () => {
  it('"Take a break now" opens a break through the engine, as the tray item does', async () => {
    const { services, shell, call } = setup();
    services.controller.start();
    const status = (await call('startBreakNow', undefined, 'summary')) as { phase: string };
    expect(status.phase).toBe('inBreak');
    expect(shell.calls.openBreakWindow).toHaveLength(1);
    // Only the summary window may ask; a payload where none belongs is refused.
    await expect(call('startBreakNow', undefined, 'settings')).rejects.toThrow();
    await expect(call('startBreakNow', { now: true }, 'summary')).rejects.toThrow();
  });

  it('a marked sick day keeps the streak, is stored durably, and can be unmarked', async () => {
    const { services, call, dataDir } = setup();
    logCare(services);
    const summary = async () =>
      ((await call('getSummary', { weeksBack: 0 }, 'summary')) as SummaryView).summary;
    // Two missed working days in a row end the streak: only Friday counts.
    expect((await summary()).streakDays).toBe(1);

    expect(await call('setDayMark', { date: '2026-11-25', kind: 'sick' }, 'summary')).toEqual([
      { date: '2026-11-25', kind: 'sick' },
    ]);
    const marked = await summary();
    expect(marked.streakDays).toBe(3);
    expect(marked.streakForgiven).toBe(1);
    expect(marked.daysWithCare).toBe(3);
    expect(marked.days.find((day) => day.date === '2026-11-25')?.mark).toBe('sick');
    // The mark is in settings.json: a new store reads it back.
    expect(openSettingsStore(dataDir, NOW).settings.dayMarks).toEqual([
      { date: '2026-11-25', kind: 'sick' },
    ]);

    await call('setDayMark', { date: '2026-11-26', kind: 'holiday' }, 'summary');
    expect((await summary()).streakForgiven).toBeUndefined();
    expect(await call('setDayMark', { date: '2026-11-25', kind: null }, 'summary')).toEqual([
      { date: '2026-11-26', kind: 'holiday' },
    ]);
    expect((await summary()).streakDays).toBe(3);
  });

  it('refuses dates that are no calendar dates, unknown kinds and dates out of range', async () => {
    const { call, services } = setup();
    for (const payload of [
      { date: '2026-02-30', kind: 'sick' },
      { date: '27.11.2026', kind: 'sick' },
      { date: '2026-11-27', kind: 'vacation' },
      { date: '2026-11-27' },
    ]) {
      await expect(call('setDayMark', payload, 'summary')).rejects.toThrow();
    }
    await expect(
      call('setDayMark', { date: '2028-01-10', kind: 'holiday' }, 'summary'),
    ).rejects.toThrow('at most a year ahead');
    await expect(
      call('setDayMark', { date: '2020-01-10', kind: 'sick' }, 'summary'),
    ).rejects.toThrow('five years back');
    // Worded in the chosen language, since the summary shows it as it is.
    setMainLanguage('de', []);
    try {
      await expect(
        call('setDayMark', { date: '2028-01-10', kind: 'holiday' }, 'summary'),
      ).rejects.toThrow('höchstens ein Jahr im Voraus');
    } finally {
      setMainLanguage('en', []);
    }
    expect(services.settingsStore.settings.dayMarks).toEqual([]);
  });
});
