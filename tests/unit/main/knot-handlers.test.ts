import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnotStore } from '../../../src/main/platform/knot-store';
import { createMainServices } from '../../../src/main/services';
import type { WindowKind } from '../../../src/shared/domain';
import { ipcContract } from '../../../src/shared/ipc';
import { findKnotSpot } from '../../../src/shared/knot-spots';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();

/** The real main side: knot store on a real file, handlers, router, controller. */
function setup(dataDir = tempDir(), openKnotFinder?: () => void) {
  const shell = createRecordingShell();
  const services = createMainServices({
    dataDir,
    timeZone: 'Europe/Berlin',
    shell: shell.ports,
    desktop: { openPath: async () => '', openKnotFinder },
  });
  const call = (
    name: 'getKnots' | 'saveKnotCheck' | 'openKnotFinder',
    payload: unknown,
    from: WindowKind,
  ) => services.router.handle(ipcContract.invoke[name].channel, payload, from);
  return { services, shell, call, dataDir };
}

describe('knot finder channels (real handlers and store)', () => {
  it('saves a check with its date, keeps it on disk and reports changes at the next check', async () => {
    const { call, dataDir, shell } = setup();
    await call('saveKnotCheck', { marks: { chest: 2, forearm: 1 } }, 'knots');
    await shell.advance(60_000);
    const overview = await call('saveKnotCheck', { marks: { chest: 1 } }, 'knots');
    expect(overview).toMatchObject({
      latest: { chest: { tenderness: 1 }, forearm: { tenderness: 1 } },
      changes: [{ spot: 'chest', change: 'eased', from: 2, to: 1 }],
    });
    const file = JSON.parse(readFileSync(join(dataDir, 'knots.json'), 'utf8')) as {
      checks: { at: number; marks: object }[];
    };
    expect(file.checks).toHaveLength(2);
    expect(file.checks[1]?.at).toBeGreaterThan(file.checks[0]?.at ?? Infinity);
    // A restart reads the same checks back; the summary window may read them too.
    const again = setup(dataDir);
    await expect(again.call('getKnots', undefined, 'summary')).resolves.toEqual(overview);
  });

  it('refuses bad marks, unknown spots and windows other than the finder', async () => {
    const { call, services } = setup();
    await expect(call('saveKnotCheck', { marks: { chest: 5 } }, 'knots')).rejects.toThrow();
    await expect(call('saveKnotCheck', { marks: { throat: 1 } }, 'knots')).rejects.toThrow();
    await expect(call('saveKnotCheck', { marks: { chest: 1 } }, 'break')).rejects.toThrow();
    expect(services.knotStore.readAll()).toEqual([]);
  });

  it('makes the next break favour the marked spot, also after a restart', async () => {
    const { call, services, dataDir } = setup();
    await services.controller.start();
    await call('saveKnotCheck', { marks: { forearm: 2 } }, 'knots');
    services.controller.dispatch({ type: 'startBreakNow' });
    const forearm = findKnotSpot('forearm').exerciseIds;
    expect(forearm).toContain(services.controller.getPrompt()?.exercises[0]?.exerciseId);
    services.controller.stop();
    const restarted = setup(dataDir);
    await restarted.services.controller.start();
    restarted.services.controller.dispatch({ type: 'startBreakNow' });
    expect(forearm).toContain(restarted.services.controller.getPrompt()?.exercises[0]?.exerciseId);
    restarted.services.controller.stop();
  });

  it('opens the finder from the summary, and says so where it cannot', async () => {
    let opened = 0;
    const { call } = setup(tempDir(), () => (opened += 1));
    await call('openKnotFinder', undefined, 'summary');
    expect(opened).toBe(1);
    await expect(setup().call('openKnotFinder', undefined, 'summary')).rejects.toThrow(
      /cannot be opened/,
    );
  });
});

describe('knot store: a damaged file is set aside, never overwritten', () => {
  it('keeps the bytes of an unreadable file and skips, but keeps, a bad entry', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'knots.json'), '{not json');
    const store = openKnotStore(dir, 1000);
    expect(store.problems[0]?.text).toEqual({
      id: 'data.knots.setAside',
      values: {
        reason: { id: 'data.reason.notJson' },
        file: expect.stringMatching(/knots\.unreadable-1000\.json$/),
      },
    });
    store.append({ id: 'a', at: 2000, marks: { chest: 1 } });
    const aside = readdirSync(dir).filter((name) => name.startsWith('knots.unreadable-'));
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe('{not json');

    writeFileSync(
      join(dir, 'knots.json'),
      JSON.stringify({ schemaVersion: 1, checks: [{ id: 'bad', at: 'x', marks: {} }] }),
    );
    const second = openKnotStore(dir, 3000);
    expect(second.problems).toEqual([{ path: 'checks.0', text: { id: 'data.reason.badShape' } }]);
    second.append({ id: 'b', at: 4000, marks: {} });
    const written = JSON.parse(readFileSync(join(dir, 'knots.json'), 'utf8')) as {
      checks: { id: string }[];
    };
    expect(written.checks.map((check) => check.id)).toEqual(['bad', 'b']);
  });
});
