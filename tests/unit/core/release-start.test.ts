import { describe, expect, it } from 'vitest';
import { getPersisted } from '../../../src/core/engine';
import { RELEASE_MAX_SECONDS, RELEASE_MIN_SECONDS } from '../../../src/core/release-session';
import { findExercise } from '../../../src/shared/exercises';
import type { Settings } from '../../../src/shared/settings/schema';
import { createDriver, MIN } from './engine-driver';
import { getAnsweredSettings } from './safety-fixtures';

/** Monday 23 November 2026 in Berlin, at a given local time. */
const monday = (clock: string) => Date.parse(`2026-11-23T${clock}:00+01:00`);
const DAY = 24 * 60 * MIN;

function withRelease(
  at: Settings['releaseSession']['at'] = 'endOfHours',
  base = getAnsweredSettings(),
) {
  return { ...base, releaseSession: { enabled: true, at } };
}

/** The effects the release check caused, as "notice", "open", "focus". */
function check(driver: ReturnType<typeof createDriver>): string[] {
  return driver
    .send({ type: 'releaseCheck' })
    .map((effect) => effect.type)
    .filter((type) => ['notice', 'openBreak', 'focusBreak'].includes(type));
}

function finish(driver: ReturnType<typeof createDriver>) {
  const prompt = driver.openPrompt();
  driver.send({
    type: 'finishBreak',
    result: {
      promptId: prompt.id,
      outcome: 'completed',
      exercises: prompt.exercises.map((p) => ({
        exerciseId: p.exerciseId,
        heldSeconds: p.holdSeconds,
      })),
    },
  });
}

describe('the daily release session in the engine', () => {
  it('opens at its time with a notice, 3–5 minutes of holds first, skippable but not snoozable', () => {
    const driver = createDriver(
      { ...withRelease(), breaks: { strict: true } },
      { wall0: monday('17:29') },
    );
    expect(check(driver)).toEqual([]);
    driver.runTo(2 * MIN);
    expect(check(driver)).toEqual(['notice', 'openBreak', 'focusBreak']);
    const notice = driver.of('notice').at(-1)?.notice;
    expect(notice?.release).toBe(true);
    const prompt = driver.openPrompt();
    expect(prompt.kind).toBe('posture');
    expect(prompt.strict).toBe(false);
    expect(prompt.snoozesLeft).toBe(0);
    expect(findExercise(prompt.exercises[0]?.exerciseId ?? '')?.kind).toBe('pressure');
    const seconds = prompt.exercises.flatMap((p) => p.holdSeconds).reduce((a, b) => a + b, 0);
    expect(seconds).toBeGreaterThanOrEqual(RELEASE_MIN_SECONDS);
    expect(seconds).toBeLessThanOrEqual(RELEASE_MAX_SECONDS);
    expect(notice?.lengthSeconds).toBe(seconds);
  });

  it('is logged like a break, and comes once a day however often it is checked', () => {
    const driver = createDriver(withRelease(), { wall0: monday('17:35') });
    expect(check(driver)).toHaveLength(3);
    finish(driver);
    const logged = driver.of('appendLog').at(-1)?.event;
    expect(logged).toMatchObject({ kind: 'posture', outcome: 'completed' });
    expect(logged?.exercises.length).toBeGreaterThan(0);
    driver.runTo(10 * MIN);
    expect(check(driver)).toEqual([]);
    // A clock set back to before the offer does not bring it again.
    driver.jumpWall(-15 * MIN);
    expect(check(driver)).toEqual([]);
    // Tomorrow it comes again.
    driver.jumpWall(DAY);
    expect(check(driver)).toHaveLength(3);
  });

  it('once skipped, does not come back today, even with the clock set back before the offer', () => {
    const driver = createDriver(withRelease(), { wall0: monday('17:35') });
    expect(check(driver)).toHaveLength(3);
    driver.send({
      type: 'finishBreak',
      result: { promptId: driver.openPrompt().id, outcome: 'skipped', exercises: [] },
    });
    expect(driver.of('appendLog').at(-1)?.event.outcome).toBe('skipped');
    driver.jumpWall(-5 * MIN);
    expect(check(driver)).toEqual([]);
    driver.runTo(20 * MIN);
    expect(check(driver)).toEqual([]);
  });

  it('remembers the offer across a restart', () => {
    const first = createDriver(withRelease(), { wall0: monday('17:35') });
    check(first);
    const persisted = getPersisted(first.state);
    expect(persisted.releaseOfferedAt).toBe(monday('17:35'));
    const restarted = createDriver(withRelease(), { wall0: monday('17:50'), persisted });
    expect(check(restarted)).toEqual([]);
  });

  it('never comes at night: a late wake-up or a clock jump past its window skips the day', () => {
    const late = createDriver(withRelease(), { wall0: monday('19:31') });
    expect(check(late)).toEqual([]);
    const jumped = createDriver(withRelease(), { wall0: monday('17:00') });
    jumped.jumpWall(6 * 60 * MIN);
    expect(check(jumped)).toEqual([]);
    // A session set for 23:30 does not spill into the small hours of the next day.
    const evening = createDriver(withRelease('23:30'), { wall0: monday('23:45') });
    evening.jumpWall(30 * MIN);
    expect(check(evening)).toEqual([]);
  });

  it('follows the wall clock across the change from summer time', () => {
    // Sunday 25 October 2026: Berlin goes from UTC+2 to UTC+1 at 03:00.
    const at18 = Date.parse('2026-10-25T18:00:00+01:00');
    const early = createDriver(withRelease('18:00'), { wall0: at18 - 30 * MIN });
    expect(check(early)).toEqual([]);
    const onTime = createDriver(withRelease('18:00'), { wall0: at18 + MIN });
    expect(check(onTime)).toHaveLength(3);
  });

  it('fails closed: without safety answers, or with the pressure cap used, it is not offered', () => {
    const unanswered = createDriver(
      { releaseSession: { enabled: true, at: 'endOfHours' } },
      { wall0: monday('17:35') },
    );
    expect(check(unanswered)).toEqual([]);
    expect(unanswered.state.pending).toBeNull();
    const capped = createDriver(withRelease(), {
      wall0: monday('17:35'),
      persisted: {
        version: 1,
        pausedUntil: null,
        snoozeCount: 0,
        lastBreakAt: {},
        recentExercises: [
          { exerciseId: 'ball-glute-wall', at: monday('11:00') },
          { exerciseId: 'ball-shoulder-blade-wall', at: monday('14:00') },
        ],
      },
    });
    expect(check(capped)).toEqual([]);
  });

  it('waits for a pause, a call or another break to end, within its window', () => {
    const driver = createDriver(withRelease(), { wall0: monday('17:31') });
    driver.send({ type: 'startBreakNow' });
    expect(check(driver)).toEqual([]);
    finish(driver);
    driver.send({ type: 'focus', state: 'call' });
    expect(check(driver)).toEqual([]);
    driver.send({ type: 'focus', state: 'none' });
    driver.send({ type: 'pause', length: { minutes: 30 } });
    expect(check(driver)).toEqual([]);
    driver.send({ type: 'resume' });
    expect(check(driver)).toHaveLength(3);
  });

  it('is off by default', () => {
    const driver = createDriver(getAnsweredSettings(), { wall0: monday('17:35') });
    expect(check(driver)).toEqual([]);
  });
});
