import { useEffect, useState } from 'react';

/** Seconds resting on each key pose, and moving to the next: slow enough to follow. */
export const REST_SECONDS = 0.9;
export const MOVE_SECONDS = 1.8;

/** Gentle start and stop between two poses. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/**
 * Where a loop over `count` key poses is at `seconds`: the pose it leaves and how far it
 * has moved toward the next one (0–1, eased). The last pose moves back to the first.
 */
export function getLoopPosition(count: number, seconds: number): { index: number; t: number } {
  if (count < 2) return { index: 0, t: 0 };
  const step = REST_SECONDS + MOVE_SECONDS;
  const at = ((seconds % (step * count)) + step * count) % (step * count);
  const index = Math.floor(at / step);
  const into = at - index * step;
  const t = into <= REST_SECONDS ? 0 : easeInOut((into - REST_SECONDS) / MOVE_SECONDS);
  return { index, t };
}

/** True while the person asks the system for less motion; follows changes live. */
export function useReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  );
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const onChange = () => setReduced(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/** Frames per second of the loop: smooth enough for a slow movement, and cheap. */
export const LOOP_FPS = 10;

/**
 * Seconds since the loop started, updated LOOP_FPS times a second while `running`. A
 * timer rather than every animation frame: a paused or fast-forwarded clock (tests,
 * a hidden window) never has to replay sixty renders a second.
 */
export function useLoopClock(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    let ticks = 0;
    const id = window.setInterval(() => {
      ticks += 1;
      setSeconds(ticks / LOOP_FPS);
    }, 1000 / LOOP_FPS);
    return () => window.clearInterval(id);
  }, [running]);
  return seconds;
}
