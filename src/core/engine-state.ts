import type { BreakKind, BreakPrompt, FocusReason, FocusState } from '../shared/domain';
import type { PersistedEngineState } from './engine-types';
import type { Settings } from '../shared/settings/schema';
import { MINUTE, SECOND } from './time';
import type { HoursWindow } from './working-hours';
import type { KnotMarks } from './knot-weighting';

/** Options fixed when the engine is created (not user settings). */
export interface EngineOptions {
  /** Dev/test override of the posture interval (UNKNOT_BREAK_EVERY_SECONDS). */
  postureEverySeconds?: number;
  /** IANA zone for calendar rules ("today", working hours). */
  timeZone: string;
}

/** The engine's tunables, in engine units (ms), derived from settings. */
export interface EngineConfig {
  postureEveryMs: number;
  movementEveryMs: number;
  /** Idle this long counts as a natural break and resets the posture timer. */
  naturalBreakMs: number;
  /** Idle this long also satisfies the movement break. */
  movementNaturalMs: number;
  noticeLeadMs: number;
  typingPauseMs: number;
  graceMs: number;
  missedAfterMs: number;
  snoozeMs: number;
  settings: Settings;
}

/** Away this long or more satisfies a movement break (issue 3: "a natural break of ≥ 5 min"). */
const MOVEMENT_NATURAL_MS = 5 * MINUTE;

export function configFromSettings(settings: Settings, options: EngineOptions): EngineConfig {
  const b = settings.breaks;
  const override = options.postureEverySeconds;
  const naturalBreakMs = b.naturalBreakMinutes * MINUTE;
  return {
    postureEveryMs:
      override !== undefined && override > 0 ? override * SECOND : b.postureEveryMinutes * MINUTE,
    movementEveryMs: b.movementEveryMinutes * MINUTE,
    naturalBreakMs,
    movementNaturalMs: Math.max(MOVEMENT_NATURAL_MS, naturalBreakMs),
    noticeLeadMs: b.noticeLeadSeconds * SECOND,
    typingPauseMs: b.typingPauseSeconds * SECOND,
    graceMs: b.graceSeconds * SECOND,
    missedAfterMs: b.missedAfterMinutes * MINUTE,
    snoozeMs: b.snoozeMinutes * MINUTE,
    settings,
  };
}

/** An absence: started by idle time, a lock or a suspend. Monotonic and wall start. */
export interface Away {
  since: number;
  wallSince: number;
  /** True once it lasted the natural-break threshold (the bout has ended). */
  confirmed: boolean;
  /** True once it lasted long enough to satisfy the movement break. */
  movementCredited: boolean;
}

/** A break on its way: noticed, then open (the window exists), then focused. */
export interface PendingBreak {
  id: string;
  kind: BreakKind;
  /** Monotonic break time. */
  dueAt: number;
  /** 'held': due during a call, a presentation or do-not-disturb; no notice yet. */
  stage: 'notice' | 'open' | 'held';
  manual: boolean;
  /** Set when open. */
  prompt: BreakPrompt | null;
  openedAt: number | null;
  focusedAt: number | null;
  boutSeconds: number;
  /** Set while (or after) the break was held for a focus. */
  held?: HeldBreak;
}

/** Why and since when a due break waits; `released` once it may come. */
export interface HeldBreak {
  reason: FocusReason;
  /** Monotonic start of the hold. */
  since: number;
  released: boolean;
  /** Released because it waited its longest, not because the focus ended. */
  quiet: boolean;
}

export type Pause =
  | { kind: 'for'; untilMono: number; untilWall: number }
  /** Calendar pauses ("until tomorrow", or restored after a restart) end by the wall clock. */
  | { kind: 'untilWall'; untilWall: number }
  | { kind: 'indefinitely' };

export interface EngineState {
  options: EngineOptions;
  config: EngineConfig;
  /** Monotonic start of the current sitting bout; null while not sitting. */
  sittingSince: number | null;
  /** Monotonic time of the last input seen (now − idle of the latest sample). */
  lastInputAt: number | null;
  /** False after a sample said no idle source works: breaks then follow the clock. */
  idleKnown: boolean;
  away: Away | null;
  /** A sample is wanted as soon as possible (after resume); null for none. */
  lookAt: number | null;
  locked: boolean;
  suspended: boolean;
  /** Anchors: posture and movement sitting count from the later of these and the bout start. */
  postureFrom: number;
  movementFrom: number;
  /** Sitting of finished bouts since the last movement break, ms. */
  movementSatMs: number;
  pending: PendingBreak | null;
  snoozeCount: number;
  snoozedUntil: number | null;
  pause: Pause | null;
  offHours: boolean;
  /** Cached working-hours answer for the current stretch of wall time. */
  hours: HoursWindow | null;
  seq: number;
  lastBreakAt: Partial<Record<BreakKind, number>>;
  recentExercises: { exerciseId: string; at: number }[];
  /** What holds breaks now: the manual meeting, else what the focus sources say. */
  focus: FocusState;
  /** What the focus sources alone say. */
  sourceFocus: FocusState;
  /** "In a meeting" from the tray or `--meeting`: monotonic end, null until turned off. */
  meeting: { until: number | null } | null;
  /** Monotonic end of "At my desk, not typing"; null while off. */
  atDeskUntil: number | null;
  /** Standing since (monotonic), back to sitting at `until`; null while sitting. */
  standing: { since: number; until: number } | null;
  /** Known present until then (a call or "At my desk" ended): idle cannot date a leave earlier. */
  presentUntil: number | null;
  /** The knot finder's latest marks, sent by the shell; none until it does. */
  knotMarks: KnotMarks;
  /** Wall time the daily release session was last offered; null for never. */
  releaseOfferedAt: number | null;
}

/** Restores a pause from its wall-clock end; one already over is dropped. */
function restorePause(persisted: PersistedEngineState | undefined): Pause | null {
  const until = persisted?.pausedUntil ?? null;
  if (until === null) return null;
  if (until === 'indefinitely') return { kind: 'indefinitely' };
  return Number.isFinite(until) ? { kind: 'untilWall', untilWall: until } : null;
}

export function createEngineState(
  settings: Settings,
  options: EngineOptions,
  persisted?: PersistedEngineState,
): EngineState {
  return {
    options,
    config: configFromSettings(settings, options),
    sittingSince: null,
    lastInputAt: null,
    idleKnown: true,
    away: null,
    lookAt: null,
    locked: false,
    suspended: false,
    postureFrom: Number.NEGATIVE_INFINITY,
    movementFrom: Number.NEGATIVE_INFINITY,
    movementSatMs: 0,
    pending: null,
    snoozeCount: Math.max(0, Math.floor(persisted?.snoozeCount ?? 0)),
    snoozedUntil: null,
    pause: restorePause(persisted),
    offHours: false,
    hours: null,
    seq: 0,
    lastBreakAt: { ...(persisted?.lastBreakAt ?? {}) },
    recentExercises: (persisted?.recentExercises ?? []).slice(-100),
    focus: 'none',
    sourceFocus: 'none',
    meeting: null,
    atDeskUntil: null,
    standing: null,
    presentUntil: null,
    knotMarks: {},
    releaseOfferedAt: Number.isFinite(persisted?.releaseOfferedAt)
      ? (persisted?.releaseOfferedAt ?? null)
      : null,
  };
}

/** The part of the state that must survive a restart. */
export function getPersisted(state: EngineState): PersistedEngineState {
  const pause = state.pause;
  return {
    version: 1,
    pausedUntil:
      pause === null ? null : pause.kind === 'indefinitely' ? 'indefinitely' : pause.untilWall,
    snoozeCount: state.snoozeCount,
    lastBreakAt: state.lastBreakAt,
    recentExercises: state.recentExercises,
    ...(state.releaseOfferedAt === null ? {} : { releaseOfferedAt: state.releaseOfferedAt }),
  };
}
