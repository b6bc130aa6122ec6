import type {
  AdherenceEvent,
  BreakKind,
  BreakPrompt,
  BreakResult,
  FocusReason,
  FocusState,
  Stance,
} from '../shared/domain';
import type { Settings } from '../shared/settings/schema';
import type { KnotMarks } from './knot-weighting';

/**
 * The engine's vocabulary: what it hears and what it asks the shell to do. Kept
 * apart from the engine's internals so the shell, the replay CLI and the tests
 * depend on this file only.
 */

export type SystemEvent = 'lock' | 'unlock' | 'suspend' | 'resume';

export type PauseLength = { minutes: number } | 'untilTomorrow' | 'indefinitely';

/** A finished stretch of continuous sitting, for the daily sitting figures. */
export interface SittingBout {
  /** Wall-clock start, epoch ms. */
  start: number;
  seconds: number;
  /** Set for a stretch spent standing: desk time, but not sitting. */
  stance?: 'standing';
}

/** A pre-break notice: "Posture break in 1 minute — Snooze / Start now". */
export interface BreakNotice {
  kind: BreakKind;
  /** Seconds from now until the break. */
  inSeconds: number;
  canSnooze: boolean;
  /** The break was held for this and comes now that it ended (or waited its longest). */
  waited?: FocusReason;
  /** The break waited its longest and comes anyway: no sound. */
  quiet?: boolean;
  /** The break's length, seconds, for "time for a 1-minute stretch". */
  lengthSeconds?: number;
  /** The daily release session, open already: the notice says so instead of "in 1 minute". */
  release?: true;
}

export type EngineInput =
  /** An OS idle-time reading; null when no idle source works (breaks follow the clock). */
  | { type: 'sample'; idleSeconds: number | null }
  | { type: 'system'; event: SystemEvent }
  | { type: 'startBreakNow' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'finishBreak'; result: BreakResult }
  | { type: 'configure'; settings: Settings }
  /** The OS time zone changed (travel): calendar rules follow the new IANA zone. */
  | { type: 'timeZone'; timeZone: string }
  /** A focus source (or the "In a meeting" toggle) says what holds breaks now. */
  | { type: 'focus'; state: FocusState }
  /** "At my desk, not typing": time without input counts as sitting (until a lock, sleep or 2 h). */
  | { type: 'atDesk'; on: boolean }
  /** "In a meeting" for some minutes, until turned off (null), or 'off'. Counts as a call. */
  | { type: 'meeting'; minutes: number | null | 'off' }
  | { type: 'stance'; stance: Stance }
  /** The knot finder's latest marks (at start and after each check): the routine favours them. */
  | { type: 'knots'; marks: KnotMarks }
  /** The shell's daily look at the release session's time: core decides whether it opens. */
  | { type: 'releaseCheck' };

export type EngineEffect =
  | { type: 'notice'; notice: BreakNotice }
  | { type: 'openBreak'; prompt: BreakPrompt }
  /** The person paused typing: the break window may now take keyboard focus. */
  | { type: 'focusBreak' }
  | { type: 'closeBreak' }
  | { type: 'appendLog'; event: AdherenceEvent }
  | { type: 'recordBout'; bout: SittingBout }
  /**
   * The person has been away long enough to count as a break of `kind` (posture: the
   * natural-break threshold; movement: five minutes). Informational: the engine has
   * already reset its timers. `since` is the wall-clock start of the absence.
   */
  | { type: 'naturalBreak'; kind: BreakKind; since: number }
  /** A break fell due while focused and waits; `reason` says for what. */
  | { type: 'held'; kind: BreakKind; reason: FocusReason }
  /** Something that must survive a restart changed. */
  | { type: 'persist'; state: PersistedEngineState };

/** What survives a restart: pause, snoozes, last breaks. Plain JSON. */
export interface PersistedEngineState {
  version: 1;
  /** Wall-clock end of a pause; null for none; 'indefinitely' until resumed. */
  pausedUntil: number | 'indefinitely' | null;
  snoozeCount: number;
  /** Wall-clock times of the last completed breaks of each kind. */
  lastBreakAt: Partial<Record<BreakKind, number>>;
  /** Recently done exercises, for the routine's rotation and daily caps. */
  recentExercises: { exerciseId: string; at: number }[];
  /** Wall time today's release session was offered, so it comes once a day. */
  releaseOfferedAt?: number;
  /**
   * Wall time the shell saved this, epoch ms. A break end writes its state into the
   * log instead; at start the later of the two is used.
   */
  savedAt?: number;
}
