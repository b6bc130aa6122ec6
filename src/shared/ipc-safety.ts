import { z } from 'zod/mini';
import type { WindowKind } from './domain';
import type { Settings } from './settings/schema';
import { OPERATION_SITE_IDS } from './safety';
import { WARNING_SIGN_IDS } from './warning-signs';
import { invokeChannels } from './ipc-names';

/**
 * The safety channels of the IPC contract (spread into `ipcContract.invoke` in ./ipc):
 * operation sites, warning signs reported at a break, and the end of protective mode.
 */

const returns = <T>(): T => undefined as T;

export const operationSitesSchema = z
  .array(z.enum(OPERATION_SITE_IDS))
  .check(z.maxLength(OPERATION_SITE_IDS.length));

/** A warning sign: any sign of shared/warning-signs, or an emergency happening now. */
const warningSignIdSchema = z.enum(WARNING_SIGN_IDS);

export const safetyInvokes = {
  /** Brings back exercises that load a site of a recent operation (the sites left out). */
  setOperationSites: {
    channel: invokeChannels.setOperationSites,
    windows: ['settings'] as readonly WindowKind[],
    request: z.object({ sites: operationSitesSchema }),
    response: returns<Settings>(),
  },
  /** A warning sign reported at a break: gentle movement only for 14 days. */
  reportWarningSign: {
    channel: invokeChannels.reportWarningSign,
    windows: ['break', 'settings'] as readonly WindowKind[],
    request: z.object({
      signs: z.array(warningSignIdSchema).check(z.minLength(1), z.maxLength(20)),
    }),
    response: returns<Settings>(),
  },
  /** Ends protective mode early: only on the person's word that a professional saw it. */
  endProtectiveMode: {
    channel: invokeChannels.endProtectiveMode,
    windows: ['settings', 'break'] as readonly WindowKind[],
    request: z.object({ professionalHasSeen: z.literal(true) }),
    response: returns<Settings>(),
  },
} as const;
