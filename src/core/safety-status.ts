import { message, type Message } from '../shared/i18n/message';
import { OWN_CHOICE } from '../shared/safety';
import type { Settings } from '../shared/settings/schema';
import { getProtectiveStatus, type ProtectiveStatus } from './protective-mode';
import { getAnsweredReasons } from './safety-check';
import { isAnswered } from './safety-rules';

export type PressureState = 'protective' | 'unanswered' | 'off' | 'on';

/** Why pressure is off: safety answers, the person's own choice, both, or neither. */
export type PressureOffWhy = 'answers' | 'both' | 'ownChoice' | 'none';

export interface PressureStatus {
  state: PressureState;
  /** What Settings and the break say about it (a message of the common area). */
  message: Message;
  /**
   * The contraindication ids ("yes" answers) that turned pressure off, in the order
   * stored. Their reasons are catalogue sentences: the edge lists them, in its language,
   * into the message's `{reasons}`.
   */
  reasons: readonly string[];
  /** Protective mode's signs and end; set only in the 'protective' state. */
  protective: ProtectiveStatus | null;
  /** True when turning pressure back on needs the person's word about a professional. */
  needsProfessional: boolean;
}

const status = (state: PressureState, said: Message): PressureStatus => ({
  state,
  message: said,
  reasons: [],
  protective: null,
  needsProfessional: false,
});

/** Whether pressure exercises are planned, and why not, as a message for the edge. */
export function getPressureStatus(settings: Settings, now: number): PressureStatus {
  const { safety } = settings;
  const protective = getProtectiveStatus(settings, now);
  if (protective) return { ...status('protective', protective.message), protective };
  if (!isAnswered(safety)) return status('unanswered', message('common.pressure.unanswered'));
  if (safety.pressureAllowed) {
    const cleared = safety.clearedByProfessionalAt !== null;
    return status('on', message('common.pressure.on', { cleared: String(cleared) }));
  }
  const reasons = getAnsweredReasons(settings);
  const ownChoice = safety.contraindications.includes(OWN_CHOICE);
  const why: PressureOffWhy =
    reasons.length > 0 ? (ownChoice ? 'both' : 'answers') : ownChoice ? 'ownChoice' : 'none';
  return {
    ...status('off', message('common.pressure.off', { why })),
    reasons,
    needsProfessional: reasons.length > 0,
  };
}
