import { describe, expect, it } from 'vitest';
import { breakProgress, buildTooltip, buildTrayMenu } from '../../../src/core/tray-menu';
import type { AppStatus } from '../../../src/shared/domain';

const NOW = Date.UTC(2026, 10, 23, 10, 0);
const sitting: AppStatus = {
  phase: 'sitting',
  sittingSeconds: 12 * 60,
  nextBreakAt: NOW + 18 * 60_000,
  nextBreakKind: 'posture',
  pausedUntil: null,
};

const labels = (status: AppStatus) =>
  buildTrayMenu(status).map((item) => (item.type === 'separator' ? '---' : item.label));

describe('tray menu model', () => {
  it('offers a break, a pause and quit while sitting', () => {
    expect(labels(sitting)).toEqual(['Take a break now', 'Pause 30 minutes', '---', 'Quit Unknot']);
  });

  it('offers resume instead of pause while paused', () => {
    expect(labels({ ...sitting, phase: 'paused', nextBreakAt: null })).toContain('Resume');
  });

  it('disables break and pause during a break', () => {
    const items = buildTrayMenu({ ...sitting, phase: 'inBreak' });
    expect(items.filter((i) => i.type === 'action' && !i.enabled)).toHaveLength(2);
  });
});

describe('tray tooltip and progress', () => {
  it('shows sitting time and time to the next break', () => {
    expect(buildTooltip(sitting, NOW)).toBe('Unknot — sitting 12 min · next break in 18 min');
  });

  it('shows when a pause ends', () => {
    const paused: AppStatus = { ...sitting, phase: 'paused', pausedUntil: NOW + 90 * 60_000 };
    expect(buildTooltip(paused, NOW)).toBe('Unknot — paused, resumes in 1 h 30 min');
  });

  it('fills the ring in proportion to the way to the next break', () => {
    expect(breakProgress(sitting, NOW)).toBeCloseTo(0.4);
    expect(breakProgress({ ...sitting, phase: 'inBreak' }, NOW)).toBe(1);
    expect(breakProgress({ ...sitting, nextBreakAt: null }, NOW)).toBe(0);
  });
});
