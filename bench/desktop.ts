import { parseCliArgs } from '../src/core/cli-args';
import { getAllTrayIconStates } from '../src/core/tray-menu';
import { renderTrayIconPng, TRAY_ICON_VARIANTS } from '../src/main/tray-icon';
import { medianMicros, printFigure } from './measure';

/** Tray icons are drawn at run time, once per state shown: what one costs, and all of them. */
export function runDesktopBench(): void {
  const states = getAllTrayIconStates();
  const oneIcon = medianMicros(
    () => renderTrayIconPng({ size: 32, state: { kind: 'progress', step: 5 }, variant: 'light' }),
    200,
    20,
  );
  printFigure('tray icon: draw + encode one 32 px PNG (median)', oneIcon / 1000, 'ms');
  const start = process.hrtime.bigint();
  let bytes = 0;
  for (const state of states) {
    for (const variant of TRAY_ICON_VARIANTS) {
      for (const size of [16, 32]) bytes += renderTrayIconPng({ size, state, variant }).length;
    }
  }
  const allMs = Number(process.hrtime.bigint() - start) / 1e6;
  printFigure(`tray icon: all ${states.length} states x 3 variants x 16/32 px`, allMs, 'ms');
  printFigure('tray icon: bytes of all those PNGs', bytes, 'B');
  printFigure(
    'cli: parse one command line (median)',
    medianMicros(() => parseCliArgs(['/usr/bin/unknot', '--no-sandbox', '--pause', '60'])),
    'µs',
  );
}
