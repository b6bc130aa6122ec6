/** Domain types shared by main, preload and renderer. Plain data only. */
import type { DayMarkKind } from './day-marks';
import type { Message } from './i18n/message';
import type { Settings } from './settings/schema';
import type { SettingsProblem } from './settings/repair';

import type { BodyArea, Exercise } from './exercises';
import type { OwnExercise } from './programme/own-exercise';

export type BreakKind = 'posture' | 'movement';

/** How a prompt ended. Every prompt ends in exactly one of these. */
export type Outcome = 'completed' | 'partial' | 'skipped' | 'snoozed' | 'natural' | 'missed';

/** Outcomes the person chooses in the break window; the rest are decided by the engine. */
export type ChosenOutcome = Extract<Outcome, 'completed' | 'partial' | 'skipped' | 'snoozed'>;

export type WindowKind = 'break' | 'summary' | 'settings' | 'onboarding' | 'knots';

/** What one exercise in a break asks of the person. */
export interface PlannedExercise {
  exerciseId: string;
  /** Seconds to hold on each side; one entry for one-sided exercises. */
  holdSeconds: number[];
}

/** What the break window shows: sent from main when the window asks for it. */
export interface BreakPrompt {
  id: string;
  kind: BreakKind;
  /** Wall-clock time the prompt opened, epoch ms. */
  openedAt: number;
  exercises: PlannedExercise[];
  strict: boolean;
  snoozesLeft: number;
  /** The switch-sides cue, from settings. */
  sound: { enabled: boolean; volume: number };
  /**
   * Seconds of care already logged today, before this break. When main fills it, the
   * finish card says "… of care today"; without it, "… of care in this break".
   */
  careTodaySeconds?: number;
  /** The person's own exercises among `exercises` (a fixed programme), filled by main. */
  ownExercises?: OwnExercise[];
  /**
   * The catalogue exercises this window may show, filled by main: the planned ones and
   * their swap candidates. The window looks exercises up only here, so it never loads
   * the whole catalogue.
   */
  catalogue?: Exercise[];
}

/** How a pressure hold or a strength set felt; the next dose of that exercise follows it. */
export type Effort = 'too-much' | 'right' | 'too-little';

/** What main answers to a rating: the seconds per side the next time, and whether that changed. */
export interface EffortRated {
  nextSeconds: number;
  changed: boolean;
}

/** Seconds actually held per side, as the person did them. */
export interface ExerciseRecord {
  exerciseId: string;
  heldSeconds: number[];
}

/** What the break window reports when the person finishes, skips or snoozes. */
export interface BreakResult {
  promptId: string;
  outcome: ChosenOutcome;
  exercises: ExerciseRecord[];
}

/** One line of the adherence log: a prompt and how it ended. */
export interface AdherenceEvent {
  id: string;
  /** Wall-clock time of the prompt, epoch ms. */
  at: number;
  kind: BreakKind;
  outcome: Outcome;
  exercises: ExerciseRecord[];
  /** The sitting bout that led to the prompt, seconds. */
  boutSeconds: number;
  /** Set when the break fell due during a call, a presentation or do-not-disturb and waited. */
  held?: { reason: FocusReason; seconds: number };
}

/** What the focus sources report: a call, a presentation, do-not-disturb, a fullscreen app. */
export type FocusState = 'none' | 'call' | 'presenting' | 'dnd' | 'fullscreen';
export type FocusReason = Exclude<FocusState, 'none'>;
export const FOCUS_STATES = ['none', 'call', 'presenting', 'dnd', 'fullscreen'] as const;

/** Standing at a standing desk is not sitting. */
export type Stance = 'sitting' | 'standing';

export type EnginePhase = 'sitting' | 'away' | 'notice' | 'due' | 'inBreak' | 'paused' | 'offHours';

/** A snapshot of the engine for the tray, the CLI and the windows. */
export interface AppStatus {
  phase: EnginePhase;
  /** Continuous sitting so far, seconds. */
  sittingSeconds: number;
  /** Wall-clock time of the next break, epoch ms; null while paused or off hours. */
  nextBreakAt: number | null;
  nextBreakKind: BreakKind | null;
  /** Wall-clock end of a pause, epoch ms; null if not paused or paused until resumed. */
  pausedUntil: number | null;
  /** False when no idle source works: sitting is then counted by the clock alone. */
  idleAvailable: boolean;
  /** What holds breaks now ('none' when nothing does); absent from older snapshots. */
  focus?: FocusState;
  /** "In a meeting" is on: its wall-clock end, null until turned off. */
  meeting?: { until: number | null } | null;
  /** A break fell due and waits for the focus to end. */
  held?: boolean;
  /** "At my desk, not typing" is on. */
  atDesk?: boolean;
  stance?: Stance;
}

export type ExportFormat = 'csv' | 'json';

/** What an export of the whole history did: saved to a file, or cancelled in the dialog. */
export type ExportResult = { saved: true; path: string; rows: number } | { saved: false };

/** What the settings and onboarding windows load. */
export interface SettingsSnapshot {
  settings: Settings;
  /** What was wrong with the settings file when it was read (invalid keys reset). */
  problems: SettingsProblem[];
  /** True until the first-run window was finished or skipped. */
  needsOnboarding: boolean;
  /** The folder holding settings and history. */
  dataFolder: string;
  /** False when no idle source works, so the settings say breaks follow the clock. */
  idleAvailable: boolean;
  /**
   * False where the dim overlay cannot dim (Wayland; X11 without a compositing manager),
   * so Settings does not offer it. Absent (older main): offered.
   */
  dimOverlaySupported?: boolean;
}

/** A save either applies the settings or lists each invalid field with its message. */
export type SaveSettingsResult =
  { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };
// ── Adherence log and weekly summary ───────────────────────────────────────────

/** One calendar day's figures, kept next to that month's events in the log. */
export interface DayFigures {
  /** Seconds of exercise held that day (all outcomes). */
  careSeconds: number;
  /** Total seconds of sitting bouts that started that day. */
  sittingSeconds: number;
  longestBoutSeconds: number;
  /** Sitting bouts of 60 minutes or more. */
  boutsOver60: number;
  /** Seconds spent standing at the desk that day (absent: none recorded). */
  standingSeconds?: number;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface DaySummary {
  /** Local calendar date, yyyy-MM-dd. */
  date: string;
  outcomes: OutcomeCounts;
  /** Breaks that counted: every outcome except snoozed (a snooze postpones, it does not end). */
  breaks: number;
  /** Completed, partial and natural breaks. */
  taken: number;
  careSeconds: number;
  sitting: Omit<DayFigures, 'careSeconds'>;
  /** Prompts that waited for a call, a presentation, do-not-disturb or fullscreen. */
  heldBreaks?: number;
  /** Marked as a planned holiday or a sick day. */
  mark?: DayMarkKind;
}

export interface AreaCare {
  area: BodyArea | 'other';
  seconds: number;
  /** Exercises done for that area. */
  count: number;
}

export interface ExerciseCount {
  exerciseId: string;
  count: number;
  seconds: number;
}

/** This week minus last week. */
export interface WeekChange {
  breaks: number;
  taken: number;
  careSeconds: number;
}

export interface WeekSummary {
  /** First and last local dates of the week, yyyy-MM-dd. */
  weekStart: string;
  weekEnd: string;
  /** The week as wall-clock epoch ms, end excluded (7 calendar days; 167–169 hours across DST). */
  startsAt: number;
  endsAt: number;
  days: DaySummary[];
  outcomes: OutcomeCounts;
  breaks: number;
  taken: number;
  /** taken / breaks, null for a week without breaks. */
  completionRate: number | null;
  careSeconds: number;
  naturalBreaks: number;
  sitting: {
    totalSeconds: number;
    longestBoutSeconds: number;
    boutsOver60: number;
    /** Time at a standing desk, not part of totalSeconds. */
    standingSeconds?: number;
  };
  heldBreaks?: number;
  /** Days with at least one minute of care. */
  daysWithCare: number;
  /** Care days in a row up to the week's last day (or today), one missed working day forgiven. */
  streakDays: number;
  /** Missed working days forgiven inside that streak; absent when none. */
  streakForgiven?: number;
  areas: AreaCare[];
  exercises: ExerciseCount[];
  /** Null when there is no earlier week of use to compare with. */
  change: WeekChange | null;
  /** The week in which the log begins. */
  firstWeek: boolean;
}

/** A history file that could not be used, and what was done about it (worded where shown). */
export interface LogProblem {
  file: string;
  text: Message;
  /** What was kept, when it is not simply the file's bytes (`data.kept.file`). */
  kept?: Message;
  /** What the person can do, when it is not "look in the data folder". */
  action?: Message;
}

/** What the summary window shows for one week. */
export interface SummaryView {
  summary: WeekSummary;
  /** 0 for the current week, 1 for last week... */
  weeksBack: number;
  problems: LogProblem[];
}
