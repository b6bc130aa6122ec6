import { z } from 'zod';
import { EXERCISES } from '../exercises';
import { LANGUAGE_SETTINGS } from '../i18n/locales';
import { CONTRAINDICATION_IDS, OPERATION_SITE_IDS } from '../safety';
import { programmeSettingsSchema } from '../programme/settings';
import { DAY_MARK_KINDS, MAX_DAY_MARKS, isCalendarDate } from '../day-marks';
import {
  SHORTCUT_TAKEN,
  acceleratorSchema,
  clockTime,
  dayRangesSchema,
  intIn,
  volumeSchema,
} from './checks';
import { says, saysWith } from './issue-text';

export { timeRangeSchema } from './checks';

/**
 * User preferences: one schema gives the type, the defaults and what is shown next to a
 * field (message ids of the settings-errors area, see ./issue-text). Ranges come from the cited evidence (posture break every
 * 20–60 min, 30–90 s long; movement break 3–5 min about once an hour of sitting).
 */

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const officeDay = [{ start: '09:00', end: '17:30' }];

/** How long a held break may wait, and how long "I'm standing" lasts (minutes): Settings shows them. */
export const MAX_HOLD_MINUTES = { min: 15, max: 240 } as const;
export const STANDING_MINUTES = { min: 10, max: 240 } as const;

export const settingsSchema = z.object({
  breaks: z
    .object({
      postureEveryMinutes: intIn(20, 60, 'minutes').default(30),
      postureSeconds: intIn(30, 90, 'seconds').default(60),
      movementEveryMinutes: intIn(30, 120, 'minutes').default(60),
      movementMinutes: intIn(3, 5, 'minutes').default(4),
      noticeLeadSeconds: intIn(0, 300, 'seconds').default(60),
      naturalBreakMinutes: intIn(1, 15, 'minutes').default(3),
      typingPauseSeconds: intIn(1, 10, 'seconds').default(2),
      graceSeconds: intIn(0, 120, 'seconds').default(30),
      missedAfterMinutes: intIn(1, 60, 'minutes').default(10),
      strict: z.boolean().default(false),
      snoozeMinutes: intIn(1, 30, 'minutes').default(5),
      snoozeLimit: intIn(0, 5, 'snoozes').default(2),
    })
    .prefault({}),
  workingHours: z
    .object({
      enabled: z.boolean().default(false),
      days: z
        .object({
          sun: dayRangesSchema.default([]),
          mon: dayRangesSchema.default(officeDay),
          tue: dayRangesSchema.default(officeDay),
          wed: dayRangesSchema.default(officeDay),
          thu: dayRangesSchema.default(officeDay),
          fri: dayRangesSchema.default(officeDay),
          sat: dayRangesSchema.default([]),
        })
        .prefault({}),
    })
    .prefault({}),
  equipment: z
    .object({
      ball: z.boolean().default(true),
      wall: z.boolean().default(true),
      doorway: z.boolean().default(true),
      chair: z.boolean().default(true),
      // Off by default: few people keep a band or a foam roller at their desk.
      band: z.boolean().default(false),
      foamRoller: z.boolean().default(false),
    })
    .prefault({}),
  exercises: z
    .object({
      disabled: z
        .array(z.string().min(1).max(64))
        .max(200)
        .refine(
          (ids) => EXERCISES.some((exercise) => !ids.includes(exercise.id)),
          says('settings.error.keepOneExercise'),
        )
        .default([]),
      /** Dose level per exercise id, as steps from its catalogue dose (see core/progression). */
      levels: z
        .record(z.string().min(1).max(64), z.number().int().min(-5).max(5))
        .refine(
          (levels) => Object.keys(levels).length <= 200,
          saysWith('settings.error.exerciseLevels', { max: 200 }),
        )
        .default({}),
    })
    .prefault({}),
  /** Rotation or a fixed programme of 2–4 exercises, and the person's own exercises. */
  programme: programmeSettingsSchema,
  safety: z
    .object({
      /**
       * Off until the safety check is answered with no "yes" (fail closed); also off when
       * the person turned pressure off. See core/safety-rules for what is planned.
       */
      pressureAllowed: z.boolean().default(false),
      /** The questions answered "yes", or "unspecified" for the person's own choice. */
      contraindications: z.array(z.string().min(1).max(64)).max(20).default([]),
      /** When the person said a professional cleared pressure despite a "yes"; epoch ms. */
      clearedByProfessionalAt: z.number().int().nonnegative().nullable().default(null),
      /** Every answer given so far, kept when the check is skipped half-way. */
      answers: z.partialRecord(z.enum(CONTRAINDICATION_IDS), z.boolean()).default({}),
      /** When every question had an answer; epoch ms. Null: pressure stays off. */
      answeredAt: z.number().int().nonnegative().nullable().default(null),
      /** Where a recent operation or injury was: exercises loading it stay out. */
      operationSites: z.array(z.enum(OPERATION_SITE_IDS)).max(20).default([]),
      /** A warning sign was reported: gentle movement only until `until`; epoch ms. */
      protective: z
        .object({
          since: z.number().int().nonnegative(),
          until: z.number().int().nonnegative(),
          signs: z.array(z.string().min(1).max(64)).max(20),
        })
        .nullable()
        .default(null),
    })
    .prefault({}),
  sound: z
    .object({
      enabled: z.boolean().default(true),
      volume: volumeSchema.default(0.5),
    })
    .prefault({}),
  shortcuts: z
    .object({
      // Off by default: global accelerators can clash with other apps.
      enabled: z.boolean().default(false),
      breakNow: acceleratorSchema.default('CommandOrControl+Alt+B'),
      pauseHour: acceleratorSchema.default('CommandOrControl+Alt+P'),
    })
    .refine((keys) => keys.pauseHour === '' || keys.breakNow !== keys.pauseHour, SHORTCUT_TAKEN)
    .prefault({}),
  launchAtLogin: z.boolean().default(false),
  weekStartsOn: z.union([z.literal('locale'), z.number().int().min(0).max(6)]).default('locale'),
  weeklySummary: z
    .object({
      enabled: z.boolean().default(true),
      weekday: z.number().int().min(0).max(6).default(1),
      time: clockTime.default('09:00'),
    })
    .prefault({}),
  /** Calls, presentations and do-not-disturb hold breaks; standing desks (issue 15). */
  focus: z
    .object({
      /** Do-not-disturb holds breaks, or lets them come with a silent notice. */
      dnd: z.enum(['hold', 'quietNotice']).default('hold'),
      /** A held break comes anyway, quietly, after this long. */
      maxHoldMinutes: intIn(MAX_HOLD_MINUTES.min, MAX_HOLD_MINUTES.max, 'minutes').default(120),
      /** "I'm standing" turns back to sitting after this long. */
      standingMinutes: intIn(STANDING_MINUTES.min, STANDING_MINUTES.max, 'minutes').default(45),
    })
    .prefault({}),
  /** The optional daily release session: 3–5 minutes of ball holds or stretches (off by default). */
  releaseSession: z
    .object({
      enabled: z.boolean().default(false),
      /** 'endOfHours': when the day's working hours end (17:30 without them); else a time. */
      at: z.union([z.literal('endOfHours'), clockTime]).default('endOfHours'),
    })
    .prefault({}),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** 'system': the OS's preferred languages; else one of shared/i18n/locales. */
  language: z.enum(LANGUAGE_SETTINGS).default('system'),
  /** Dim the other displays while a break window is open (multi-monitor setups). */
  dimOtherDisplays: z.boolean().default(false),
  /** The first-run window: when it was finished or skipped (epoch ms); null: never seen. */
  onboarding: z
    .object({
      completedAt: z.number().int().nonnegative().nullable().default(null),
      skipped: z.boolean().default(false),
    })
    .prefault({}),
  /** Planned holidays and sick days: a day without care there does not break the streak. */
  dayMarks: z
    .array(
      z.object({
        date: z.string().refine(isCalendarDate, says('settings.error.date')),
        kind: z.enum(DAY_MARK_KINDS),
      }),
    )
    .max(MAX_DAY_MARKS, says('settings.error.dayMarks'))
    .default([]),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** The defaults, derived from the schema so they cannot drift from it. */
export function getDefaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** The settings window's sections, each with the top-level keys it resets. */
export const SETTINGS_SECTIONS = {
  breaks: ['breaks', 'focus'],
  workingHours: ['workingHours'],
  equipment: ['equipment', 'exercises'],
  sound: ['sound'],
  shortcuts: ['shortcuts'],
  calendar: ['launchAtLogin', 'weekStartsOn', 'weeklySummary'],
  appearance: ['theme', 'dimOtherDisplays', 'language'],
} as const satisfies Record<string, readonly (keyof Settings)[]>;

export type SettingsSection = keyof typeof SETTINGS_SECTIONS;

/**
 * Puts one section (or every section) back to its defaults. The safety answers and the
 * first-run record are never reset this way: pressure exercises must not come back on
 * because someone pressed "Reset".
 */
export function resetSettings(current: Settings, section: SettingsSection | 'all'): Settings {
  const defaults = getDefaultSettings();
  const keys: readonly (keyof Settings)[] =
    section === 'all' ? Object.values(SETTINGS_SECTIONS).flat() : SETTINGS_SECTIONS[section];
  const next: Settings = { ...current };
  for (const key of keys) Object.assign(next, { [key]: defaults[key] });
  return next;
}
