/**
 * Child process of tests/unit/main/settings-readonly.test.ts, run as a user who may not
 * write the data folder: opens the real services there, saves settings through the IPC
 * router, and prints one JSON line with how long the refused save blocked, what it
 * answered, what the problems channel holds and whether memory kept the old settings.
 * Usage: node child.mjs <dataDir>
 */
import { performance } from 'node:perf_hooks';
import { createMainServices } from '../../src/main/services';
import { ipcContract } from '../../src/shared/ipc';
import { createRecordingShell } from './recording-shell';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: <dataDir>');
const shell = createRecordingShell({ wall0: Date.UTC(2026, 10, 25, 12) });
const main = createMainServices({ dataDir, shell: shell.ports, timeZone: 'UTC', locale: 'en-US' });
const before = main.settingsStore.settings;
const changed = structuredClone(before);
changed.breaks.postureEveryMinutes = before.breaks.postureEveryMinutes === 50 ? 40 : 50;
const channel = ipcContract.invoke.saveSettings.channel;
const started = performance.now();
let answer: string;
try {
  await main.router.handle(channel, { settings: changed }, 'settings');
  answer = 'saved';
} catch (error) {
  answer = error instanceof Error ? error.message : String(error);
}
const blockedMs = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    blockedMs,
    answer,
    problems: main.problems.list(),
    memoryUnchanged: main.settingsStore.settings === before,
  })}\n`,
);
