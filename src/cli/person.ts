import type { EngineInput } from '../core/engine-types';
import type { Settings } from '../shared/settings/schema';
import type { BreakPrompt } from '../shared/domain';

export type Respond = 'complete' | 'skip' | 'snooze' | 'ignore';

/** The simulated person: their input (for the idle source) and how they answer breaks. */
export interface Person {
  setUser(state: 'active' | 'away', mono: number): void;
  /** One input now (typing a password to unlock, clicking Done). */
  input(mono: number): void;
  idleSeconds(mono: number): number;
  onOpen(prompt: BreakPrompt): void;
  onFocus(mono: number): void;
  onClose(): void;
  /** Monotonic time of the person's next answer to the break window; null for none. */
  nextActionAt(): number | null;
  act(mono: number): EngineInput | null;
}

/** Seconds from focus to pressing Skip or Snooze. */
const DECIDE_MS = 3000;

export function createPerson(respond: Respond, settings: Settings): Person {
  let active = false;
  let lastInput = 0;
  let prompt: BreakPrompt | null = null;
  /** While doing a break the person gives no input, whatever the trace says. */
  let breakUntil: number | null = null;
  let answer: { at: number; input: EngineInput } | null = null;

  const breakLength = (p: BreakPrompt): number =>
    (p.kind === 'movement'
      ? settings.breaks.movementMinutes * 60
      : settings.breaks.postureSeconds) * 1000;

  return {
    setUser(state, mono) {
      if (active || state === 'active') lastInput = mono;
      active = state === 'active';
    },
    input(mono) {
      lastInput = Math.max(lastInput, mono);
    },
    idleSeconds(mono) {
      if (active && breakUntil === null) lastInput = mono;
      return Math.max(0, Math.floor((mono - lastInput) / 1000));
    },
    onOpen(opened) {
      prompt = opened;
    },
    onFocus(mono) {
      // Someone who is away does not see the window; the engine deals with that.
      if (!prompt || !active || respond === 'ignore') return;
      const result = (outcome: 'completed' | 'skipped' | 'snoozed', at: number) => ({
        at,
        input: {
          type: 'finishBreak' as const,
          result: {
            promptId: prompt?.id ?? '',
            outcome,
            exercises:
              outcome === 'completed'
                ? (prompt?.exercises ?? []).map((e) => ({
                    exerciseId: e.exerciseId,
                    heldSeconds: e.holdSeconds,
                  }))
                : [],
          },
        },
      });
      if (respond === 'skip') answer = result('skipped', mono + DECIDE_MS);
      else if (respond === 'snooze' && prompt.snoozesLeft > 0)
        answer = result('snoozed', mono + DECIDE_MS);
      else {
        // Complete (or no snooze left): step away from the keyboard for the break's length.
        lastInput = mono;
        breakUntil = mono + breakLength(prompt);
        answer = result('completed', breakUntil);
      }
    },
    onClose() {
      prompt = null;
      answer = null;
      breakUntil = null;
    },
    nextActionAt: () => answer?.at ?? null,
    act(mono) {
      const input = answer?.input ?? null;
      answer = null;
      if (breakUntil !== null) {
        breakUntil = null;
        lastInput = mono; // the click on Done
      }
      return input;
    },
  };
}
