import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWindowBrowser,
  startStandIn,
  type StandInProcess,
  type WindowBrowser,
} from '../shell/launch';
import { findChromium } from '../support/chromium';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';
import { pageOf, waitFor } from './backend-support';

/**
 * The programme import through the real main bundle and its Electron file dialog
 * (programme-dialogs.ts), answered by the stand-in's `dialog`: cancelled unless the test
 * names a file.
 */
const chromium = findChromium();
const skip = chromium.path === null ? chromium.skip : null;
announceSkip('programme dialogs (stand-in Electron)', skip);
const tempDir = tempDirPerTest();

function seedSettings(userData: string): string {
  mkdirSync(userData, { recursive: true });
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({
      schemaVersion: 2,
      settings: { onboarding: { completedAt: Date.UTC(2026, 0, 5) } },
    }),
  );
  return userData;
}

function writeProgrammeFile(path: string): string {
  writeFileSync(
    path,
    JSON.stringify({
      format: 'unknot-programme',
      version: 1,
      programme: { mode: 'fixed', exerciseIds: ['own-shrugs001', 'seated-cat-cow'] },
      ownExercises: [
        {
          id: 'own-shrugs001',
          name: 'Physio shrugs',
          steps: ['Lift both shoulders', 'Let them drop'],
          sides: 'one',
          kind: 'strength',
          area: 'shoulders',
          dose: { type: 'repetitions', count: 10 },
        },
      ],
    }),
  );
  return path;
}

interface RecordedCall {
  api: string;
  args: unknown[];
}

describe.skipIf(skip !== null)(`programme dialogs${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: WindowBrowser | null = null;
  let app: StandInProcess | null = null;
  beforeAll(async () => {
    browser = await launchWindowBrowser(chromium.path ?? '');
  });
  afterEach(async () => {
    await app?.quit();
    app = null;
    await Promise.all(
      browser?.context.pages().map((page) => page.close().catch(() => undefined)) ?? [],
    );
  });
  afterAll(() => browser?.close());

  it('Import programme…: a cancelled dialog changes nothing, a chosen file is imported', async () => {
    if (!browser) throw new Error('no browser');
    const userData = seedSettings(tempDir());
    const started = startStandIn({
      env: { UNKNOT_STANDIN_CDP: browser.endpoint, UNKNOT_USER_DATA: userData },
    });
    app = started;
    await waitFor('the tray', async () =>
      (await started.control<unknown[]>({ op: 'tray' }).catch(() => [])).length > 0 ? true : null,
    );
    await started.control({ op: 'clickTray', labels: ['Settings…'] });
    const page = await waitFor(
      'the settings window',
      () => browser?.context.pages().find((open) => pageOf(open.url()) === 'settings') ?? null,
    );
    await page.getByRole('link', { name: 'My programme' }).click();
    const files = page
      .getByRole('region', { name: 'My programme' })
      .getByRole('group', { name: 'Programme file' });
    const importButton = files.getByRole('button', { name: 'Import programme…' });

    await importButton.click();
    const openDialogs = async () =>
      (await started.control<RecordedCall[]>({ op: 'calls' })).filter(
        (call) => call.api === 'dialog.showOpenDialog',
      );
    await expect.poll(async () => (await openDialogs()).length).toBe(1);
    expect((await openDialogs())[0]?.args[0]).toMatchObject({
      title: 'Import a programme',
      properties: ['openFile'],
    });
    expect(await files.getByRole('alert').count()).toBe(0);
    expect(await files.getByRole('status').textContent()).toBe('');

    const file = writeProgrammeFile(join(tempDir(), 'programme.json'));
    await started.control({ op: 'answerOpenDialog', filePaths: [file] });
    await importButton.click();
    await files.getByText('Imported the programme and 1 own exercise.').waitFor();
    const saved = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')) as {
      settings: { programme: { mode: string; own: { name: string }[] } };
    };
    expect(saved.settings.programme.mode).toBe('fixed');
    expect(saved.settings.programme.own.map((exercise) => exercise.name)).toEqual([
      'Physio shrugs',
    ]);
  }, 90_000);
});
