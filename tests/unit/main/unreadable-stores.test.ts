import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLogStore } from '../../../src/main/platform/log-store';
import { createMainServices } from '../../../src/main/services';
import { ipcContract, type InvokeName } from '../../../src/shared/ipc';
import type { MessageId } from '../../../src/shared/i18n/messages/en';
import type { DataProblem } from '../../../src/shared/problems';
import { english } from '../../../src/shared/i18n/translator';
import type { Settings } from '../../../src/shared/settings/schema';
import { createRecordingShell } from '../../support/recording-shell';
import { announceSkip } from '../../support/skip-notice';
import { tempDirPerTest } from '../../support/temp-dir';

/**
 * A file or folder of the data folder that the system will not let Unknot read: a folder
 * where a file should be (EISDIR), a file where the history folder should be (ENOTDIR),
 * a file or folder it may not read (EACCES, only when not root: root reads anyway). The
 * real services start, breaks come, the problems channel names the thing and the cause,
 * and after break ends, a check-in, a knot check, a pause and a settings save the thing
 * is byte for byte what it was.
 */

const tempDir = tempDirPerTest();
const MIN = 60_000;
/** Wednesday 25 November 2026, 09:00 UTC. */
const NOW = Date.UTC(2026, 10, 25, 9);
const isRoot = process.getuid?.() === 0;
const PICTURE = 'a'.repeat(32) + '.png';

/** Names and bytes of everything at `path`: equal only when nothing in it changed. */
function snapshot(path: string): unknown {
  if (!lstatSync(path).isDirectory()) return readFileSync(path).toString('base64');
  return Object.fromEntries(
    readdirSync(path)
      .sort()
      .map((name) => [name, snapshot(join(path, name))]),
  );
}

interface Fault {
  what: string;
  /** The thing that cannot be read, in the data folder. */
  name: string;
  /** Puts it there, readable. */
  make(path: string): void;
  /** Takes the rights to read it away, and gives them back (the EACCES cases). */
  lock?(path: string): void;
  unlock?(path: string): void;
  key: (path: string) => string;
  message: MessageId;
  /** The value naming the thing in the message. */
  names: 'file' | 'folder';
  cause: MessageId;
}

const folderInPlace = (path: string) => {
  mkdirSync(path);
  writeFileSync(join(path, 'kept.txt'), 'something the person put here\n');
};
const lock = (path: string) => chmodSync(path, 0o000);
const journalLine = JSON.stringify({
  event: { id: 'old', at: NOW - 86_400_000, kind: 'posture', outcome: 'completed', exercises: [] },
});

const wrongKind: Fault[] = [
  {
    what: 'history is a file',
    name: 'history',
    make: (path) => writeFileSync(path, 'notes that are not a folder\n'),
    key: (path) => `log:${path}`,
    message: 'data.log.folderUnreadable',
    names: 'folder',
    cause: 'data.cause.wrongKind',
  },
  ...(
    [
      ['tension.json', 'tension:unreadable', 'data.tension.unreadable'],
      ['engine-state.json', 'engine-state:unreadable', 'data.engine.unreadable'],
      ['settings.json', 'settings:unreadable', 'data.settings.unreadable'],
      ['knots.json', 'knots:unreadable', 'data.knots.unreadable'],
    ] as const
  ).map(([name, key, message]): Fault => ({
    what: `${name} is a folder`,
    name,
    make: folderInPlace,
    key: () => key,
    message,
    names: 'file',
    cause: 'data.cause.wrongKind',
  })),
];

const notAllowed: Fault[] = [
  {
    what: 'history may not be listed',
    name: 'history',
    make: (path) => {
      mkdirSync(path);
      writeFileSync(join(path, 'adherence-2026-11.jsonl'), `${journalLine}\n`);
    },
    lock,
    unlock: (path) => chmodSync(path, 0o700),
    key: (path) => `log:${path}`,
    message: 'data.log.folderUnreadable',
    names: 'folder',
    cause: 'data.cause.notAllowed',
  },
  ...(
    [
      ['tension.json', 'tension:unreadable', 'data.tension.unreadable', '{"checkIns":[]}'],
      ['engine-state.json', 'engine-state:unreadable', 'data.engine.unreadable', '{}'],
      ['settings.json', 'settings:unreadable', 'data.settings.unreadable', '{"settings":{}}'],
    ] as const
  ).map(([name, key, message, bytes]): Fault => ({
    what: `${name} may not be read`,
    name,
    make: (path) => writeFileSync(path, bytes),
    lock,
    unlock: (path) => chmodSync(path, 0o600),
    key: () => key,
    message,
    names: 'file',
    cause: 'data.cause.notAllowed',
  })),
];

function open(dataDir: string, wall0 = NOW) {
  const shell = createRecordingShell({ wall0 });
  const main = createMainServices({
    dataDir,
    shell: shell.ports,
    timeZone: 'UTC',
    locale: 'en-US',
    postureEverySeconds: 60,
  });
  const call = (
    name: InvokeName,
    payload: unknown,
    from: 'settings' | 'summary' | 'knots' | 'break',
  ) => main.router.handle(ipcContract.invoke[name].channel, payload, from);
  /** Lets `minutes` pass, finishing each break that opens as the break window would. */
  const live = async (minutes: number): Promise<string[]> => {
    const finished: string[] = [];
    for (let i = 0; i < minutes; i += 1) {
      await shell.advance(MIN);
      const prompt = main.controller.getPrompt();
      if (!prompt) continue;
      await call(
        'finishBreak',
        { promptId: prompt.id, outcome: 'completed', exercises: [] },
        'break',
      );
      finished.push(prompt.id);
    }
    return finished;
  };
  return { shell, main, call, live };
}

/** A day with the fault: breaks, a check-in, a knot check, a pause, a settings save. */
async function liveADay(dataDir: string) {
  const { shell, main, call, live } = open(dataDir);
  await main.controller.start();
  const early = await live(5);
  const checkIn = await call(
    'saveTensionCheckIn',
    { ratings: { neck: 4 }, redFlags: [], emergency: false },
    'summary',
  ).then(
    () => null,
    (error: unknown) => String(error),
  );
  const knots = await call('saveKnotCheck', { marks: { chest: 1 } }, 'knots').then(
    () => null,
    (error: unknown) => String(error),
  );
  // A pause and its end are the engine state's own writes (a break end is a journal line).
  main.controller.dispatch({ type: 'pause', length: 'indefinitely' });
  main.controller.dispatch({ type: 'resume' });
  const current = main.settingsStore.settings;
  const changed: Settings = { ...current, breaks: { ...current.breaks, postureEveryMinutes: 25 } };
  const settings = await call('saveSettings', { settings: changed }, 'settings');
  const later = await live(5);
  return { shell, main, call, finished: [...early, ...later], later, checkIn, knots, settings };
}

function describeFaults(faults: Fault[], skip: string | null): void {
  for (const fault of faults) {
    it.skipIf(skip !== null)(
      `${fault.what}: starts, gives breaks, says so, and leaves it as it was`,
      async () => {
        const dataDir = tempDir();
        const path = join(dataDir, fault.name);
        fault.make(path);
        const before = snapshot(path);
        fault.lock?.(path);
        let day: Awaited<ReturnType<typeof liveADay>>;
        try {
          day = await liveADay(dataDir);
        } finally {
          fault.unlock?.(path);
        }

        // Breaks came, and kept coming after the writes of the day.
        expect(day.finished.length).toBeGreaterThanOrEqual(4);
        expect(day.later.length).toBeGreaterThan(0);
        const problems = (await day.call('getProblems', undefined, 'settings')) as DataProblem[];
        const problem = problems.find((p) => p.key === fault.key(path));
        expect(problem?.message).toEqual({
          id: fault.message,
          values: { [fault.names]: path, cause: { id: fault.cause } },
        });
        for (const part of [problem?.message, problem?.kept, problem?.action]) {
          expect(part?.id).toMatch(/^data\./);
          expect(part && english.format(part)).toMatch(/^[A-Z].*\.$/);
        }
        expect(snapshot(path)).toEqual(before);
        // Nothing was set aside in its place either.
        expect(readdirSync(dataDir).filter((name) => name.includes('.unreadable-'))).toEqual([]);
      },
    );
  }
}

describe('a store the system will not let Unknot read', () => {
  describeFaults(wrongKind, null);
  const skip = isRoot ? 'root reads files whatever their mode' : null;
  announceSkip('unreadable stores (EACCES)', skip);
  describeFaults(notAllowed, skip);
});

describe('what each store does meanwhile', () => {
  it('refuses a check-in and a knot check rather than write over files it could not read', async () => {
    const dataDir = tempDir();
    folderInPlace(join(dataDir, 'tension.json'));
    folderInPlace(join(dataDir, 'knots.json'));
    const day = await liveADay(dataDir);
    expect(day.checkIn).toMatch(/could not read its file when it started/);
    expect(day.knots).toMatch(/could not read its file when it started/);
    expect(day.main.tensionStore.readAll()).toEqual([]);
  });

  it('applies settings saved while settings.json cannot be read, for this session only', async () => {
    const dataDir = tempDir();
    folderInPlace(join(dataDir, 'settings.json'));
    // An own exercise's picture: the defaults in use name none, yet it must not be swept.
    mkdirSync(join(dataDir, 'pictures'));
    writeFileSync(join(dataDir, 'pictures', PICTURE), 'picture bytes');
    const day = await liveADay(dataDir);
    expect(readdirSync(join(dataDir, 'pictures'))).toEqual([PICTURE]);
    expect(day.settings).toMatchObject({ ok: true });
    expect(day.main.settingsStore.settings.breaks.postureEveryMinutes).toBe(25);
    expect(day.main.problems.list().find((p) => p.key === 'settings:unreadable')?.kept).toEqual({
      id: 'data.settings.unreadableKept',
    });
  });

  it('starts from the state of the last break end in the journal when engine-state.json cannot be read', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    await first.main.controller.start();
    await first.shell.advance(MIN);
    const prompt = first.main.controller.getPrompt();
    expect(prompt).not.toBeNull();
    await first.call(
      'finishBreak',
      { promptId: prompt?.id, outcome: 'snoozed', exercises: [] },
      'break',
    );
    first.main.controller.stop();
    // The snooze is only in the journal's break-end line; engine-state.json is a folder.
    folderInPlace(join(dataDir, 'engine-state.json'));

    const again = open(dataDir, NOW + 2 * MIN);
    expect(again.main.engineStateStore.saved).toBeUndefined();
    await again.main.controller.start();
    await again.shell.advance(MIN);
    // The break that comes knows one snooze was used before the restart.
    expect(again.main.controller.getPrompt()?.snoozesLeft).toBe((prompt?.snoozesLeft ?? 0) - 1);
  });

  it('keeps the outcomes while history is a file, and saves them once it is moved away', async () => {
    const dataDir = tempDir();
    const history = join(dataDir, 'history');
    writeFileSync(history, 'notes that are not a folder\n');
    const day = await liveADay(dataDir);
    expect(day.main.logStore.pendingCount).toBeGreaterThan(0);
    expect(day.main.controller.waitingWrites()).toBeGreaterThan(0);
    // The person moves the file out of the way; the next retry lists an empty folder.
    renameSync(history, join(dataDir, 'history-notes.txt'));
    await day.shell.advance(10 * MIN);
    expect(day.main.logStore.pendingCount).toBe(0);
    expect(day.main.controller.waitingWrites()).toBe(0);
    const saved = openLogStore(dataDir, { timeZone: 'UTC' })
      .readAll()
      .events.map((event) => event.id);
    // Every break the window finished is on disk, once (the pause ended one more).
    expect(saved).toEqual(expect.arrayContaining(day.finished));
    expect(new Set(saved).size).toBe(saved.length);
    expect(readFileSync(join(dataDir, 'history-notes.txt'), 'utf8')).toBe(
      'notes that are not a folder\n',
    );
  });
});
