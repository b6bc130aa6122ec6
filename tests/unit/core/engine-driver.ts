import {
  createEngineState,
  getStatus,
  update,
  type EngineOptions,
  type EngineState,
} from '../../../src/core/engine';
import type {
  EngineEffect,
  EngineInput,
  PersistedEngineState,
} from '../../../src/core/engine-types';
import { settingsSchema, type SettingsInput } from '../../../src/shared/settings/schema';
import type { Instant } from '../../../src/core/time';
import type { AppStatus, BreakPrompt } from '../../../src/shared/domain';

/** Monday 23 November 2026, 09:00 in Berlin. */
export const MONDAY_9 = Date.parse('2026-11-23T09:00:00+01:00');

export interface Seen {
  at: number;
  effect: EngineEffect;
}

/**
 * Drives the engine the way the controller does: one timer at `wakeAt`, a sample of
 * the idle source each time it fires. Time is in ms from the start (monotonic); the
 * wall clock starts at `wall0` and can be jumped.
 */
export function createDriver(
  settings: SettingsInput = {},
  options: Partial<EngineOptions> & { wall0?: number; persisted?: PersistedEngineState } = {},
) {
  let state: EngineState = createEngineState(
    settingsSchema.parse(settings),
    {
      timeZone: options.timeZone ?? 'Europe/Berlin',
      postureEverySeconds: options.postureEverySeconds,
    },
    options.persisted,
  );
  let mono = 0;
  let wallOffset = options.wall0 ?? MONDAY_9;
  let wakeAt: number | null = null;
  let wakeups = 0;
  /** Idle seconds at a monotonic time; null: no idle source. */
  let idle: (at: number) => number | null = () => 0;
  const seen: Seen[] = [];
  const now = (): Instant => ({ mono, wall: mono + wallOffset });
  const send = (input: EngineInput): EngineEffect[] => {
    const step = update(state, input, now());
    state = step.state;
    wakeAt = step.wakeAt;
    step.effects.forEach((effect) => seen.push({ at: mono, effect }));
    return step.effects;
  };
  return {
    send,
    sample: () => send({ type: 'sample', idleSeconds: idle(mono) }),
    /** Sets the idle source: a function of time, or "active" (0) / "awayFrom(ms)". */
    setIdle(source: (at: number) => number | null) {
      idle = source;
    },
    activeFrom(ms: number) {
      idle = (at) => (at >= ms ? 0 : Math.floor((at - 0) / 1000));
    },
    awayFrom(ms: number) {
      idle = (at) => Math.max(0, Math.floor((at - ms) / 1000));
    },
    /** Lets time pass to `ms`, firing the timer at each wake-up on the way. */
    runTo(ms: number, options2: { suspended?: boolean } = {}) {
      while (!options2.suspended && wakeAt !== null && wakeAt <= ms) {
        mono = Math.max(mono, wakeAt);
        wakeups += 1;
        send({ type: 'sample', idleSeconds: idle(mono) });
      }
      mono = Math.max(mono, ms);
    },
    jumpWall(deltaMs: number) {
      wallOffset += deltaMs;
    },
    get state() {
      return state;
    },
    get wakeAt() {
      return wakeAt;
    },
    get wakeups() {
      return wakeups;
    },
    get mono() {
      return mono;
    },
    now,
    status: (): AppStatus => getStatus(state, now()),
    seen,
    /** Effect types seen, with their time in whole minutes from the start. */
    timeline: (
      types: EngineEffect['type'][] = [
        'notice',
        'openBreak',
        'focusBreak',
        'appendLog',
        'naturalBreak',
      ],
    ) =>
      seen
        .filter((entry) => types.includes(entry.effect.type))
        .map((entry) => {
          const e = entry.effect;
          const minute = Math.round((entry.at / 60_000) * 100) / 100;
          if (e.type === 'appendLog') return `${minute} log ${e.event.kind} ${e.event.outcome}`;
          if (e.type === 'notice')
            return `${minute} notice ${e.notice.kind} ${e.notice.inSeconds}s`;
          if (e.type === 'openBreak') return `${minute} open ${e.prompt.kind}`;
          if (e.type === 'naturalBreak') return `${minute} natural ${e.kind}`;
          return `${minute} ${e.type}`;
        }),
    openPrompt(): BreakPrompt {
      const prompt = state.pending?.prompt;
      if (!prompt) throw new Error('no break open');
      return prompt;
    },
    of<T extends EngineEffect['type']>(type: T): Extract<EngineEffect, { type: T }>[] {
      return seen
        .map((s) => s.effect)
        .filter((e): e is Extract<EngineEffect, { type: T }> => e.type === type);
    },
  };
}

export const MIN = 60_000;
