import {
  getContraindicationReason,
  getOperationSiteLabel,
  OWN_CHOICE,
  PRESSURE_UNANSWERED,
} from '../shared/safety';
import type { Settings } from '../shared/settings/schema';
import { getProtectiveStatus } from './protective-mode';
import { getAnsweredReasons } from './safety-check';
import { isAnswered } from './safety-rules';

export type PressureState = 'protective' | 'unanswered' | 'off' | 'on';

export interface PressureStatus {
  state: PressureState;
  /** One plain sentence or two for Settings and the break. */
  text: string;
  /** True when turning pressure back on needs the person's word about a professional. */
  needsProfessional: boolean;
}

function joinReasons(reasons: string[]): string {
  if (reasons.length <= 1) return reasons.join('');
  return `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1) ?? ''}`;
}

/** Whether pressure exercises are planned, and why not, in words that read as sentences. */
export function getPressureStatus(settings: Settings, now: number): PressureStatus {
  const { safety } = settings;
  const protective = getProtectiveStatus(settings, now);
  if (protective)
    return { state: 'protective', text: protective.message, needsProfessional: false };
  if (!isAnswered(safety)) {
    return { state: 'unanswered', text: PRESSURE_UNANSWERED, needsProfessional: false };
  }
  const answered = getAnsweredReasons(settings);
  if (!safety.pressureAllowed) {
    const parts: string[] = [];
    if (answered.length > 0) {
      parts.push(
        `Pressure exercises are off because of ${joinReasons(answered.map(getContraindicationReason))}.`,
      );
    }
    if (safety.contraindications.includes(OWN_CHOICE)) {
      parts.push(
        answered.length > 0
          ? 'You also turned them off yourself.'
          : 'Pressure exercises are off because you turned them off yourself.',
      );
    }
    parts.push('Stretches, strength and movement stay on.');
    return { state: 'off', text: parts.join(' '), needsProfessional: answered.length > 0 };
  }
  const cleared =
    safety.clearedByProfessionalAt !== null
      ? ' You told Unknot a professional said they are fine for you.'
      : '';
  return { state: 'on', text: `Pressure exercises are on.${cleared}`, needsProfessional: false };
}

/** "Exercises that load the hip and knee or leg are left out after your operation." */
export function getOperationSitesText(settings: Settings): string | null {
  const sites = settings.safety.operationSites.filter((site) => site !== 'other');
  if (sites.length === 0) return null;
  const names = joinReasons(sites.map((site) => getOperationSiteLabel(site).toLowerCase()));
  return `Exercises that load your ${names} are left out after your operation or injury. Ask your surgeon or physiotherapist which stretches are safe, then turn them back on here.`;
}
