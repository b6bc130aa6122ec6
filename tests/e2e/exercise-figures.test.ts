import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FigureFrame } from '../../src/renderer/break/figure/FigureFrame';
import { EXERCISES, type Exercise } from '../../src/shared/exercises';
import { CANVAS } from '../../src/shared/exercises/figure/body';
import { getCentreX } from '../../src/shared/exercises/figure/kinematics';
import { findChromium, launchChromium } from '../support/chromium';
import { RESULTS_DIR } from '../support/browser-harness';
import { announceSkip } from '../support/skip-notice';

const chromium = findChromium();
announceSkip('exercise drawings in Chromium', chromium.skip);

const CSS = readFileSync('src/renderer/break/figure/exercise-figure.css', 'utf8');

/** Every key pose of one exercise, side by side, left then right: what reduced motion shows. */
function strip(exercise: Exercise, side: 'left' | 'right'): string {
  const { figure } = exercise;
  const centreX = getCentreX(figure);
  const frames = figure.poses.map((pose, index) =>
    createElement(FigureFrame, {
      key: index,
      figure,
      pose,
      centreX,
      mirrored: side === 'right',
      offsetX: index * CANVAS.size,
    }),
  );
  const svg = createElement(
    'svg',
    {
      className: 'figure',
      viewBox: `0 0 ${CANVAS.size * figure.poses.length} ${CANVAS.size}`,
      role: 'img',
      'aria-label': `${exercise.illustrationAlt} (${side})`,
      style: { width: `${150 * figure.poses.length}px` },
    },
    frames,
  );
  return renderToStaticMarkup(svg);
}

describe.skipIf(chromium.skip !== null)(
  `every exercise drawing in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let browser: Browser | null = null;
    beforeAll(async () => {
      browser = await launchChromium(chromium.path ?? '');
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('draws each exercise at break size, both sides, into test-results/figures/', async () => {
      if (!browser) throw new Error('no browser');
      const page = await browser.newPage({ viewport: { width: 1300, height: 400 } });
      const body = EXERCISES.map(
        (e) =>
          `<section id="${e.id}"><h2>${e.name}</h2>${strip(e, 'left')}${strip(e, 'right')}</section>`,
      ).join('');
      await page.setContent(
        `<!doctype html><style>${CSS} body{font:12px sans-serif;margin:8px} section{display:flex;gap:12px;align-items:end;margin-bottom:8px} h2{width:150px;font-size:12px}</style>${body}`,
      );
      for (const exercise of EXERCISES) {
        const section = page.locator(`section#${exercise.id}`);
        // Each pose paints a body outline and a highlight the size of a spot, not a blob.
        const painted = await section
          .locator('svg')
          .first()
          .evaluate((svg) => ({
            poses: svg.querySelectorAll('[data-pose]').length,
            bodyWidth: (svg.querySelector('.fig-body .fig-fill') as SVGGraphicsElement).getBBox()
              .width,
            spot: (svg.querySelector('.fig-highlight') as SVGGraphicsElement).getBBox().width,
          }));
        expect(painted.poses).toBe(exercise.figure.poses.length);
        expect(painted.bodyWidth).toBeGreaterThan(15);
        expect(painted.spot).toBeGreaterThan(6);
        expect(painted.spot).toBeLessThan(30);
        await section.screenshot({ path: `${RESULTS_DIR}/figures/${exercise.id}.png` });
      }
      await page.close();
      // 34 exercises, two strips each: generous on a shared two-core machine.
    }, 300_000);
  },
);
