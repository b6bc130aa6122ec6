import type { WindowKind } from './domain';

/** A window's opening size and the smallest it may be resized to, in CSS pixels. */
export interface WindowSize {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/**
 * Every window's real size, read by main when it opens one and by the browser tests
 * that check each page fits it: one place, so the two never drift apart.
 */
export const WINDOW_SIZES: Readonly<Record<WindowKind, WindowSize>> = {
  break: { width: 560, height: 640, minWidth: 480, minHeight: 560 },
  summary: { width: 760, height: 680, minWidth: 480, minHeight: 480 },
  settings: { width: 720, height: 760, minWidth: 480, minHeight: 480 },
  onboarding: { width: 640, height: 720, minWidth: 480, minHeight: 480 },
  knots: { width: 600, height: 700, minWidth: 480, minHeight: 480 },
};
