import { describe, expect, it } from 'vitest';
import type { TrayIconState } from '../../../src/core/tray-menu';
import { drawTrayIcon, type TrayIconVariant } from '../../../src/main/tray-icon';
import { getTrayIconVariant, type TrayEnvironment } from '../../../src/main/tray-icon-variant';

type Rgb = readonly [number, number, number];

/** WCAG relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The strongest contrast any pixel of the icon makes against the panel behind it. */
function legibility(state: TrayIconState, variant: TrayIconVariant, panel: Rgb): number {
  const pixels = drawTrayIcon({ size: 32, state, variant });
  let best = 1;
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = (pixels[i + 3] ?? 0) / 255;
    if (alpha === 0) continue;
    const over = [0, 1, 2].map((c) =>
      Math.round((pixels[i + c] ?? 0) * alpha + (panel[c] ?? 0) * (1 - alpha)),
    ) as unknown as Rgb;
    best = Math.max(best, contrast(over, panel));
  }
  return best;
}

/** Desktops as people run them, with the colour of the panel the tray sits on. */
const PANELS: { name: string; env: TrayEnvironment; panel: Rgb }[] = [
  {
    name: 'Ubuntu GNOME, light theme (the top bar stays black)',
    env: { platform: 'linux', desktop: 'ubuntu:GNOME', darkApps: false, darkSystemUi: false },
    panel: [0, 0, 0],
  },
  {
    name: 'Fedora GNOME, dark theme',
    env: { platform: 'linux', desktop: 'GNOME', darkApps: true, darkSystemUi: true },
    panel: [0, 0, 0],
  },
  {
    name: 'KDE Plasma, light (Breeze)',
    env: { platform: 'linux', desktop: 'KDE', darkApps: false, darkSystemUi: false },
    panel: [239, 240, 241],
  },
  {
    name: 'KDE Plasma, dark (Breeze Dark)',
    env: { platform: 'linux', desktop: 'KDE', darkApps: true, darkSystemUi: true },
    panel: [49, 54, 59],
  },
  {
    name: 'Windows 11, dark taskbar with light apps',
    env: { platform: 'win32', darkApps: false, darkSystemUi: true },
    panel: [32, 32, 32],
  },
  {
    name: 'Windows 11, light everything',
    env: { platform: 'win32', darkApps: false, darkSystemUi: false },
    panel: [238, 238, 238],
  },
];

const STATES: TrayIconState[] = [
  { kind: 'progress', step: 0 },
  { kind: 'paused' },
  { kind: 'due' },
];

describe('tray icon on the panel it sits on', () => {
  it.each(PANELS)('is legible: $name', ({ env, panel }) => {
    const variant = getTrayIconVariant(env);
    for (const state of STATES) {
      // WCAG's 3:1 for graphical objects, for the strongest part of each icon.
      expect(
        legibility(state, variant, panel),
        `${state.kind} in ${variant}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('would not be legible with the theme-following ink on the always-dark bar', () => {
    // What the icon did before: light theme → dark ink, on GNOME's black bar.
    expect(legibility({ kind: 'paused' }, 'light', [0, 0, 0])).toBeLessThan(3);
  });

  it('uses the taskbar theme on Windows, not the apps theme', () => {
    expect(getTrayIconVariant({ platform: 'win32', darkApps: false, darkSystemUi: true })).toBe(
      'dark',
    );
    expect(getTrayIconVariant({ platform: 'win32', darkApps: true, darkSystemUi: false })).toBe(
      'light',
    );
  });

  it('leaves macOS to tint a template image', () => {
    expect(getTrayIconVariant({ platform: 'darwin', darkApps: true, darkSystemUi: true })).toBe(
      'template',
    );
  });
});
