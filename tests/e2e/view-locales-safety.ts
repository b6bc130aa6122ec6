import type { Page } from 'playwright-core';
import { startProtectiveMode } from '../../src/core/protective-mode';
import { getDefaultSettings, type Settings } from '../../src/shared/settings/schema';
import { EMERGENCY_NOW } from '../../src/shared/warning-signs';
import type { BrowserHarness } from '../support/browser-harness';

/**
 * The break's safety note in the states that say why pressure is off (view-locales.test):
 * the check still to answer, the thanks after a "yes" (the reasons listed), and protective
 * mode with its signs. Each state is the same page reloaded, so no new page is opened;
 * `check` takes the screenshot and collects what it finds. The settings end as they began.
 */
export async function checkBreakSafetyStates<T>(
  harness: BrowserHarness,
  breakPage: Page,
  waitReady: (page: Page) => Promise<void>,
  check: (state: string) => Promise<T>,
): Promise<T[]> {
  const { settingsStore } = harness.services;
  const before: Settings = settingsStore.settings;
  const reload = async (settings: Settings) => {
    settingsStore.save(settings);
    await breakPage.reload();
    await waitReady(breakPage);
  };
  const results: T[] = [];

  await reload({ ...before, safety: getDefaultSettings().safety });
  const note = breakPage.locator('.safety-note');
  await note.locator('.notice button').click();
  results.push(await check('safety-unanswered'));
  // "One or more apply", then "no" to each question but the heart one.
  await note.locator('.inline-check-actions button').nth(1).click();
  for (const question of await note.locator('.question').all()) {
    const heart = (await question.locator('input[name=heart]').count()) > 0;
    await question
      .locator('input[type=radio]')
      .nth(heart ? 1 : 0)
      .check();
  }
  await note.locator('.inline-check > div > button').click();
  await note.locator('[role=status]').waitFor();
  results.push(await check('safety-off'));

  // The page checks protective mode against its own clock, not the harness's.
  await reload(startProtectiveMode(before, ['numbness', EMERGENCY_NOW], Date.now()));
  await note.locator('.protective li').first().waitFor();
  results.push(await check('safety-protective'));

  await reload(before);
  return results;
}
