import { z } from 'zod/mini';
import type { WindowKind } from './domain';
import { knotEntrySchema, type KnotOverview } from './knots';
import { invokeChannels } from './ipc-names';

/** The knot finder's channels of the IPC contract (spread into `ipcContract.invoke` in ./ipc). */

const returns = <T>(): T => undefined as T;

export const knotInvokes = {
  /** The latest mark per spot and how spots changed between their last two checks. */
  getKnots: {
    channel: invokeChannels.getKnots,
    windows: ['knots', 'summary'] as readonly WindowKind[],
    request: z.void(),
    response: returns<KnotOverview>(),
  },
  /** Saves one self-check (main adds the date); the routine favours the marked spots. */
  saveKnotCheck: {
    channel: invokeChannels.saveKnotCheck,
    windows: ['knots'] as readonly WindowKind[],
    request: knotEntrySchema,
    response: returns<KnotOverview>(),
  },
  /** Opens the knot finder (from the summary or the end of onboarding). */
  openKnotFinder: {
    channel: invokeChannels.openKnotFinder,
    windows: ['summary', 'onboarding'] as readonly WindowKind[],
    request: z.void(),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a handler that answers nothing
    response: returns<void>(),
  },
} as const;
