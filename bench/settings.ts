import { getProfessionalAdvice } from '../src/core/professional-advice';
import { getDefaultSettings } from '../src/shared/settings/schema';
import { repairSettings } from '../src/shared/settings/repair';
import type { TensionCheckIn } from '../src/shared/tension';
import { medianMicros, printFigure } from './measure';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The settings form validates the whole draft on every keystroke, and the tension
 * rule runs over years of weekly check-ins: both must stay far below a frame (16 ms).
 */
export function runSettingsBench(): void {
  const saved = getDefaultSettings();
  const valid = structuredClone(saved);
  const broken = {
    ...saved,
    breaks: { ...saved.breaks, postureEveryMinutes: 5, snoozeLimit: 99 },
    shortcuts: { ...saved.shortcuts, breakNow: saved.shortcuts.pauseHour },
    workingHours: {
      enabled: true,
      days: { ...saved.workingHours.days, mon: [{ start: '18:00', end: '08:00' }] },
    },
  };
  printFigure(
    'settings: repair a valid draft (median)',
    medianMicros(() => repairSettings(valid, saved), 500),
    'µs',
  );
  printFigure(
    'settings: repair a draft with 4 bad fields (median)',
    medianMicros(() => repairSettings(broken, saved), 200),
    'µs',
  );

  const start = Date.UTC(2016, 0, 4);
  const checkIns: TensionCheckIn[] = Array.from({ length: 520 }, (_, week) => ({
    id: `t${week}`,
    at: start + week * 7 * DAY,
    ratings: { neck: (week * 7) % 11, shoulders: 5, lowerBack: 3 },
    redFlags: [],
    emergency: false,
  }));
  const careDays = Array.from({ length: 3640 }, (_, day) => start + day * DAY);
  const now = start + 520 * 7 * DAY;
  printFigure(
    'tension: advice over 10 years of check-ins (median)',
    medianMicros(() => getProfessionalAdvice({ checkIns, careDays, now }), 200),
    'µs',
  );
}
