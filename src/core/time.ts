/**
 * A moment as core sees it. `mono` (ms) only moves forward and measures durations;
 * `wall` (epoch ms) is what the calendar says and may jump. Core never reads either:
 * the shell passes them in.
 */
export interface Instant {
  mono: number;
  wall: number;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Converts a monotonic deadline to the wall clock, as seen from `now`. */
export function toWall(now: Instant, mono: number): number {
  return now.wall + (mono - now.mono);
}
