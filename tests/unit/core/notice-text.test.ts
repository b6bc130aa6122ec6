import { describe, expect, it } from 'vitest';
import {
  getBreakNoticeText as getNoticeMessages,
  getNoticeInput,
} from '../../../src/core/notice-text';
import { english } from '../../../src/shared/i18n/translator';

/** The notice as English words: core gives messages, main formats them. */
function getBreakNoticeText(...args: Parameters<typeof getNoticeMessages>) {
  const text = getNoticeMessages(...args);
  const actions = { snooze: 'Snooze', startNow: 'Start now' } as const;
  return {
    title: english.format(text.title),
    body: english.format(text.body),
    actions: text.actions.map((action) => actions[action]),
  };
}

describe('pre-break notice text', () => {
  it('names the break and when it comes, with Snooze / Start now where buttons show', () => {
    expect(getBreakNoticeText({ kind: 'posture', inSeconds: 60, canSnooze: true }, true)).toEqual({
      title: 'Posture break in 1 minute',
      body: 'Finish your sentence, then stand up.',
      actions: ['Snooze', 'Start now'],
    });
    expect(
      getBreakNoticeText({ kind: 'movement', inSeconds: 120, canSnooze: false }, true),
    ).toMatchObject({
      title: 'Movement break in 2 minutes',
      actions: ['Start now'],
    });
    expect(
      getBreakNoticeText({ kind: 'posture', inSeconds: 30, canSnooze: true }, true).title,
    ).toBe('Posture break in 30 s');
  });

  it('is a plain notice without buttons where the platform shows none', () => {
    expect(getBreakNoticeText({ kind: 'movement', inSeconds: 60, canSnooze: true }, false)).toEqual(
      {
        title: 'Movement break in 1 minute',
        body: 'Finish your sentence — the break window opens by itself.',
        actions: [],
      },
    );
  });

  it('turns buttons and clicks into engine inputs', () => {
    expect(getNoticeInput({ type: 'action', action: 'snooze' })).toEqual({ type: 'snooze' });
    expect(getNoticeInput({ type: 'action', action: 'startNow' })).toEqual({
      type: 'startBreakNow',
    });
    expect(getNoticeInput({ type: 'click' })).toEqual({ type: 'startBreakNow' });
    expect(getNoticeInput({ type: 'dismissed' })).toBeNull();
  });
});
