import type { BreakNotice } from './engine-types';
import type { EngineInput } from './engine-types';
import { formatDuration } from './format';

/** The two buttons of a pre-break notice, where the platform shows buttons. */
export const NOTICE_ACTIONS = { snooze: 'Snooze', startNow: 'Start now' } as const;

export interface NoticeText {
  title: string;
  body: string;
  actions: string[];
}

/** "1 minute", "2 minutes", "30 s": how far off the break is, in words. */
function inWords(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole >= 60 && whole % 60 === 0) {
    const minutes = whole / 60;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  return formatDuration(whole * 1000);
}

/** Why a held break waited, in the words of its notice. */
const WAITED_FOR = {
  call: 'Your call is over',
  presenting: 'Your presentation is over',
  dnd: 'Do not disturb is off',
  fullscreen: 'Full screen is over',
} as const;

/** "Your call is over — time for a 1-minute stretch"; a break that waited its longest says so. */
function waitedTitle(notice: BreakNotice): string | null {
  if (!notice.waited) return null;
  const seconds = notice.lengthSeconds ?? 60;
  const minutes = Math.max(1, Math.round(seconds / 60));
  const what =
    notice.kind === 'posture' ? `a ${minutes}-minute stretch` : `a ${minutes}-minute walk`;
  const why = notice.quiet ? 'Your break has waited long enough' : WAITED_FOR[notice.waited];
  return `${why} — time for ${what}`;
}

/**
 * "Posture break in 1 minute" with Snooze / Start now. Where buttons are not shown
 * the body says what a click does instead.
 */
export function getBreakNoticeText(notice: BreakNotice, supportsActions: boolean): NoticeText {
  const kind = notice.kind === 'posture' ? 'Posture' : 'Movement';
  const title = waitedTitle(notice) ?? `${kind} break in ${inWords(notice.inSeconds)}`;
  if (!supportsActions) {
    return { title, body: 'Finish your sentence — the break window opens by itself.', actions: [] };
  }
  const actions: string[] = [NOTICE_ACTIONS.startNow];
  if (notice.canSnooze) actions.unshift(NOTICE_ACTIONS.snooze);
  return { title, body: 'Finish your sentence, then stand up.', actions };
}

/** What a notice button or click asks the engine to do; null for a dismissal. */
export function getNoticeInput(
  response: { type: 'click' } | { type: 'action'; action: string } | { type: 'dismissed' },
): EngineInput | null {
  if (response.type === 'click') return { type: 'startBreakNow' };
  if (response.type === 'dismissed') return null;
  if (response.action === NOTICE_ACTIONS.snooze) return { type: 'snooze' };
  if (response.action === NOTICE_ACTIONS.startNow) return { type: 'startBreakNow' };
  return null;
}
