import { describe, expect, it } from 'vitest';
import {
  buildTrayMenu,
  flattenTrayMenu,
  formatTrayMenu,
  getTrayActionInput,
} from '../../../src/core/tray-menu';
import { english } from '../../../src/shared/i18n/translator';
import type { AppStatus } from '../../../src/shared/domain';

/** Issue 15: the tray's meeting, "At my desk" and standing toggles. */

const sitting: AppStatus = {
  phase: 'sitting',
  sittingSeconds: 600,
  nextBreakAt: null,
  nextBreakKind: null,
  pausedUntil: null,
  idleAvailable: true,
};

function item(status: AppStatus, label: string) {
  const menu = formatTrayMenu(buildTrayMenu(status, { weekLine: null }), english.format);
  return flattenTrayMenu(menu).find((entry) => 'label' in entry && entry.label === label);
}

describe('tray focus toggles', () => {
  it('offers a meeting of 30 minutes, an hour or until turned off, and ends one that runs', () => {
    expect(getTrayActionInput('meeting30')).toEqual({ type: 'meeting', minutes: 30 });
    expect(getTrayActionInput('meeting60')).toEqual({ type: 'meeting', minutes: 60 });
    expect(getTrayActionInput('meetingOn')).toEqual({ type: 'meeting', minutes: null });
    const inMeeting = { ...sitting, focus: 'call' as const, meeting: { until: null } };
    expect(item(inMeeting, 'End the meeting')).toMatchObject({ action: 'meetingOff' });
    expect(item(inMeeting, 'In a meeting')).toBeUndefined();
    expect(getTrayActionInput('meetingOff')).toEqual({ type: 'meeting', minutes: 'off' });
  });

  it('shows "At my desk, not typing" checked while on, and the click turns it off', () => {
    expect(item(sitting, 'At my desk, not typing')).toMatchObject({
      action: 'atDeskOn',
      checked: false,
      enabled: true,
    });
    const on = item({ ...sitting, atDesk: true }, 'At my desk, not typing');
    expect(on).toMatchObject({ action: 'atDeskOff', checked: true });
    expect(getTrayActionInput('atDeskOn')).toEqual({ type: 'atDesk', on: true });
  });

  it('toggles standing and sitting, and offers neither toggle on while paused', () => {
    const standing = item({ ...sitting, stance: 'standing' }, "I'm standing");
    expect(standing).toMatchObject({ action: 'sitting', checked: true });
    expect(getTrayActionInput('standing')).toEqual({ type: 'stance', stance: 'standing' });
    expect(getTrayActionInput('sitting')).toEqual({ type: 'stance', stance: 'sitting' });
    const paused = { ...sitting, phase: 'paused' as const };
    expect(item(paused, "I'm standing")).toMatchObject({ enabled: false });
    expect(item(paused, 'At my desk, not typing')).toMatchObject({ enabled: false });
  });
});
