import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerFile } from '../support/temp-dir';
import {
  applyVariant,
  fitScreenshot,
  FIT_VARIANTS,
  seriousAxeViolations,
  variantName,
  useSharedBrowser,
} from './fit-variants';
import { findLegendCollisions } from './settings-window-support';
import { findFitProblems, windowSizes } from './window-fit-support';

const chromium = findChromium();
const tempDir = tempDirPerFile();
announceSkip('browser end-to-end', chromium.skip);

/** Every step, by its heading; the safety step is answered "no" throughout to go on. */
const STEPS = [
  'Short breaks, often',
  'A minute or two of care',
  'Regular beats intense',
  'What do you have?',
  'A short safety check',
  'When to see a professional',
];

/** Each variant of a step in place: heading and primary action in view, legends clear, axe. */
async function checkStep(page: Page, name: string, label: string, primary: string): Promise<void> {
  for (const variant of FIT_VARIANTS) {
    await applyVariant(page, variant);
    const named = `${name}-${variantName(variant)}`;
    await fitScreenshot(page, named);
    const problems = await findFitProblems(page, {
      heading: page.getByRole('heading', { level: 1 }),
      // Pinned below a long step, so it is in view before any scrolling.
      [`"${primary}"`]: page.getByRole('button', { name: primary, exact: true }),
    });
    expect(problems, named).toEqual([]);
    expect(await findLegendCollisions(page), named).toEqual([]);
    expect(await seriousAxeViolations(page), named).toEqual([]);
  }
}

describe.skipIf(chromium.skip !== null)(
  `onboarding window at its real and minimum size${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    const openHarness = useSharedBrowser(chromium.path ?? '');

    it.each(windowSizes('onboarding'))(
      '$label $width×$height, light and dark, text 100% and 200%: every step shows its heading and its next step',
      async ({ label, width, height }) => {
        // A harness per size: finishing the flow saves the answers in its data folder.
        const harness = await openHarness(tempDir());
        try {
          const page = await harness.openWindow('onboarding', { width, height });
          const heading = () => page.getByRole('heading', { level: 1 }).textContent();
          const size = `${label}-${width}x${height}`;
          for (const [index, title] of STEPS.entries()) {
            await expect.poll(heading).toBe(title);
            const next = index === STEPS.length - 1 ? 'Finish' : 'Next';
            const name = `onboarding-${index + 1}-${size}`;
            await checkStep(page, name, label, next);
            if (title === 'A short safety check') {
              for (const no of await page.getByRole('radio', { name: 'No' }).all()) {
                await no.check();
              }
              // The answered questions, with every legend, once more.
              await checkStep(page, `${name}-answered`, label, next);
            }
            await page.getByRole('button', { name: next, exact: true }).click();
          }
          await expect.poll(heading).toBe('You are all set');
          await checkStep(page, `onboarding-7-${size}`, label, 'Close');
        } finally {
          await harness.close();
        }
      },
      // Eight steps in up to three variants, each with a screenshot and an axe run.
      180_000,
    );
  },
);
