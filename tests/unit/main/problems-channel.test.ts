import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import { ipcContract, type InvokeName } from '../../../src/shared/ipc';
import type { TensionOverview } from '../../../src/shared/tension';
import type { DataProblem } from '../../../src/shared/problems';
import { english } from '../../../src/shared/i18n/translator';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
/** Wednesday 25 November 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 10, 25, 12);

function open(dataDir: string) {
  const shell = createRecordingShell({ wall0: NOW });
  const main = createMainServices({
    dataDir,
    shell: shell.ports,
    timeZone: 'UTC',
    locale: 'en-US',
  });
  const call = (name: InvokeName, payload?: unknown, from: 'settings' | 'summary' = 'settings') =>
    main.router.handle(ipcContract.invoke[name].channel, payload, from);
  return { shell, main, call };
}

describe('the problems channel through the real services', () => {
  it('brings set-aside files of every store to one list, with what was kept and what to do', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tension.json'), '[]');
    writeFileSync(join(dir, 'engine-state.json'), '{"engine": {"version": 9}}');
    mkdirSync(join(dir, 'history'));
    writeFileSync(join(dir, 'history', 'adherence-2026-11.json'), '{"events": [');
    const { main, call, shell } = open(dir);
    // The log store finds its damaged month when it is first read.
    main.logStore.readMonth('2026-11');
    const problems = (await call('getProblems')) as DataProblem[];
    expect(problems.map((p) => p.key.split(':')[0]).sort()).toEqual([
      'engine-state',
      'log',
      'tension',
    ]);
    // Descriptors of the data area, each one a sentence in English.
    for (const problem of problems) {
      for (const part of [problem.message, problem.kept, problem.action]) {
        expect(part.id).toMatch(/^data\./);
        expect(english.format(part)).toMatch(/^[A-Z].*\.$/);
      }
    }
    expect(problems.find((p) => p.key.startsWith('engine-state:'))?.message).toMatchObject({
      id: 'data.engine.setAside',
      values: { reason: { id: 'data.reason.badShape' } },
    });
    // Dismissed once read: the list shrinks and open windows are told.
    const tension = problems.find((p) => p.key.startsWith('tension:'));
    const after = (await call('dismissProblem', { key: tension?.key })) as DataProblem[];
    expect(after).toHaveLength(2);
    expect(shell.calls.broadcast.at(-1)).toEqual(['problems', after]);
  });

  it('answers a tension save that was written with success, even when the history cannot be read', async () => {
    const dir = tempDir();
    const { main, call } = open(dir);
    // The current month file is a folder: reading the history fails (EISDIR).
    mkdirSync(join(dir, 'history', 'adherence-2026-11.json'), { recursive: true });
    const saved = (await call(
      'saveTensionCheckIn',
      { ratings: { neck: 5 }, redFlags: [], emergency: false },
      'summary',
    )) as TensionOverview;
    expect(saved.checkIns).toHaveLength(1);
    expect(main.tensionStore.readAll()).toHaveLength(1);
  });
});
