import { afterEach, describe, expect, it } from 'vitest';
import { KNOT_SPOTS, findKnotSpot } from '../../src/shared/knot-spots';
import { createBrowserHarness, type BrowserHarness } from '../support/browser-harness';
import { findChromium } from '../support/chromium';
import { seriousViolations } from '../support/keyboard-and-axe';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { findFitProblems, windowSizes } from './window-fit-support';

const chromium = findChromium();
const tempDir = tempDirPerTest();
announceSkip('browser end-to-end', chromium.skip);

describe.skipIf(chromium.skip !== null)(
  `knot finder window in Chromium${chromium.skip ? ` (skipped: ${chromium.skip})` : ''}`,
  () => {
    let harness: BrowserHarness | null = null;
    afterEach(async () => {
      await harness?.close();
      harness = null;
    });

    for (const size of windowSizes('knots')) {
      it(`at its ${size.label} size (${size.width}×${size.height}): fits, passes axe, and a saved check reaches the store and the routine`, async () => {
        harness = await createBrowserHarness({
          chromiumPath: chromium.path ?? '',
          dataDir: tempDir(),
        });
        const { services } = harness;
        const page = await harness.openWindow('knots', { width: size.width, height: size.height });
        const start = page.getByRole('button', { name: 'Start' });
        await start.waitFor();
        expect(
          await findFitProblems(page, { heading: page.getByRole('heading', { level: 1 }), start }),
        ).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
        await harness.screenshot(page, `knots-${size.label}-intro`);
        await start.click();

        for (const spot of KNOT_SPOTS) {
          const section = page.getByRole('region', { name: spot.name });
          await section.waitFor();
          expect(
            await findFitProblems(page, {
              spot: section.getByRole('heading', { name: spot.name }),
            }),
          ).toEqual([]);
          if (spot.id === KNOT_SPOTS[0]?.id) {
            expect(await seriousViolations(page)).toEqual([]);
            await harness.screenshot(page, `knots-${size.label}-spot`);
          }
          const mark = spot.id === 'forearm' ? 'Very tender' : 'Not tender';
          await section.getByRole('radio', { name: mark }).check();
          const last = spot.id === KNOT_SPOTS.at(-1)?.id;
          await page.getByRole('button', { name: last ? 'Save my check' : 'Next spot' }).click();
        }
        await page.getByRole('heading', { name: 'Your check is saved' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await harness.screenshot(page, `knots-${size.label}-saved`);

        const checks = services.knotStore.readAll();
        expect(checks).toHaveLength(1);
        expect(checks[0]?.marks.forearm).toBe(2);
        expect(checks[0]?.at).toBeGreaterThan(0);
        // The next break favours the very tender spot.
        await services.controller.start();
        services.controller.dispatch({ type: 'startBreakNow' });
        const first = services.controller.getPrompt()?.exercises[0]?.exerciseId;
        expect(findKnotSpot('forearm').exerciseIds).toContain(first);
      });
    }
  },
);
