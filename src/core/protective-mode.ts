import type { Settings } from '../shared/settings/schema';
import { message, type Message } from '../shared/i18n/message';
import { EMERGENCY_NOW } from '../shared/warning-signs';
import { isProtective } from './safety-rules';

const DAY = 24 * 60 * 60 * 1000;

/** How long a reported warning sign keeps breaks gentle: the NHS's "about two weeks". */
export const PROTECTIVE_DAYS = 14;

export { EMERGENCY_NOW };

/**
 * Starts (or extends) protective mode: for 14 days from `at`, no pressure or strength
 * work, gentle movement only. A second report restarts the 14 days and adds its signs.
 * Nothing to report leaves the settings as they were.
 */
export function startProtectiveMode(
  settings: Settings,
  signs: readonly string[],
  at: number,
): Settings {
  if (signs.length === 0) return settings;
  const current = settings.safety.protective;
  const earlier = current && isProtective(settings.safety, at) ? current : null;
  return {
    ...settings,
    safety: {
      ...settings.safety,
      protective: {
        since: earlier?.since ?? at,
        until: at + PROTECTIVE_DAYS * DAY,
        signs: [...new Set([...(earlier?.signs ?? []), ...signs])].slice(0, 20),
      },
    },
  };
}

/** Ends protective mode early: only when the person says a professional has seen it. */
export function endProtectiveMode(settings: Settings): Settings {
  return { ...settings, safety: { ...settings.safety, protective: null } };
}

/** The signs reported in a check-in that start protective mode. */
export function getCheckInSigns(entry: { redFlags: readonly string[]; emergency: boolean }) {
  // "No improvement" is a reason for an appointment, not for stopping the exercises.
  const flags = entry.redFlags.filter((flag) => flag !== 'noImprovement');
  return entry.emergency ? [...flags, EMERGENCY_NOW] : flags;
}

export interface ProtectiveStatus {
  until: number;
  /**
   * The warning-sign ids reported, in the order reported. Their texts are catalogue
   * sentences (shared/warning-signs): the edge lists each as it is, in its language.
   */
  signs: readonly string[];
  /** The rule while it lasts: gentle movement only, for 14 days or until a professional. */
  message: Message;
}

/** What the break and Settings say while protective mode is on; null when it is off. */
export function getProtectiveStatus(settings: Settings, now: number): ProtectiveStatus | null {
  const protective = settings.safety.protective;
  if (!protective || !isProtective(settings.safety, now)) return null;
  return {
    until: protective.until,
    signs: protective.signs,
    message: message('common.protective.rule', { days: PROTECTIVE_DAYS }),
  };
}
