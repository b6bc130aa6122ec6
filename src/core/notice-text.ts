import type { BreakNotice } from './engine-types';
import type { EngineInput } from './engine-types';
import { getDurationMessage } from './format';
import { message, type Message } from '../shared/i18n/message';
import type { MessageId } from '../shared/i18n/messages/en';

export type NoticeAction = 'snooze' | 'startNow';

/** The two buttons of a pre-break notice, where the platform shows buttons. */
export const NOTICE_ACTIONS: Record<NoticeAction, MessageId> = {
  snooze: 'notice.snooze',
  startNow: 'notice.startNow',
};

export interface NoticeText {
  title: Message;
  body: Message;
  actions: NoticeAction[];
}

/** "1 minute", "2 minutes", "30 s": how far off the break is, in words. */
function inWords(seconds: number): Message {
  const whole = Math.max(0, Math.round(seconds));
  if (whole >= 60 && whole % 60 === 0) {
    return message('duration.wholeMinutes', { minutes: whole / 60 });
  }
  return getDurationMessage(whole * 1000);
}

/** "Your call is over — time for a 1-minute stretch"; a break that waited its longest says so. */
function waitedTitle(notice: BreakNotice): Message | null {
  if (!notice.waited) return null;
  const seconds = notice.lengthSeconds ?? 60;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return message('notice.waitedTitle', {
    why: notice.quiet ? 'quiet' : notice.waited,
    minutes,
    kind: notice.kind,
  });
}

/**
 * "Posture break in 1 minute" with Snooze / Start now. Where buttons are not shown
 * the body says what a click does instead.
 */
export function getBreakNoticeText(notice: BreakNotice, supportsActions: boolean): NoticeText {
  if (notice.release) return getReleaseNoticeText(notice);
  const title =
    waitedTitle(notice) ??
    message('notice.title', { kind: notice.kind, in: inWords(notice.inSeconds) });
  if (!supportsActions) return { title, body: message('notice.bodyNoActions'), actions: [] };
  const actions: NoticeAction[] = notice.canSnooze ? ['snooze', 'startNow'] : ['startNow'];
  return { title, body: message('notice.bodyActions'), actions };
}

/** The release session's notice: its window is open already, so no buttons. */
function getReleaseNoticeText(notice: BreakNotice): NoticeText {
  const minutes = Math.max(1, Math.round((notice.lengthSeconds ?? 180) / 60));
  return {
    title: message('release.noticeTitle', { minutes }),
    body: message('release.noticeBody'),
    actions: [],
  };
}

/** What a notice button or click asks the engine to do; null for a dismissal. */
export function getNoticeInput(
  response: { type: 'click' } | { type: 'action'; action: NoticeAction } | { type: 'dismissed' },
): EngineInput | null {
  if (response.type === 'click') return { type: 'startBreakNow' };
  if (response.type === 'dismissed') return null;
  return response.action === 'snooze' ? { type: 'snooze' } : { type: 'startBreakNow' };
}
