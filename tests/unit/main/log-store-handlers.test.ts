import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import { getHeadlineMessage } from '../../../src/core/summary-text';
import { english } from '../../../src/shared/i18n/translator';
import { ipcContract } from '../../../src/shared/ipc';
import type { ExportResult, SummaryView } from '../../../src/shared/domain';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest();
/** Wednesday 25 November 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 10, 25, 12);

function services(dataDir: string, answer: string | null) {
  const shell = createRecordingShell({ wall0: NOW });
  const asked: string[] = [];
  const main = createMainServices({
    dataDir,
    shell: shell.ports,
    timeZone: 'UTC',
    locale: 'en-US',
    chooseExportPath: (name) => {
      asked.push(name);
      return Promise.resolve(answer);
    },
  });
  main.logStore.append({
    id: 'p1',
    at: NOW - 3_600_000,
    kind: 'posture',
    outcome: 'completed',
    exercises: [{ exerciseId: 'doorway-chest-stretch', heldSeconds: [30, 30] }],
    boutSeconds: 1800,
  });
  return { main, asked, shell };
}

const call = <T>(main: ReturnType<typeof createMainServices>, channel: string, body: unknown) =>
  main.router.handle(channel, body, 'summary') as Promise<T>;

describe('summary and history handlers over the real stores', () => {
  it('answers getSummary with the week (Sunday start for en-US) and the log problems', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'history'), { recursive: true });
    writeFileSync(join(dir, 'history', 'adherence-2026-11.json'), '{"schemaVersion": 2, "ev');
    const { main } = services(dir, null);
    const view = await call<SummaryView>(main, ipcContract.invoke.getSummary.channel, {
      weeksBack: 0,
    });
    expect(view.summary.weekStart).toBe('2026-11-22');
    expect(english.format(getHeadlineMessage(view.summary))).toBe(
      'You took 1 of 1 break in your first week with Unknot.',
    );
    expect(view.problems).toHaveLength(1);
    expect(view.problems[0]?.text).toMatchObject({
      id: 'data.log.setAside',
      values: { month: '2026-11' },
    });
  });

  it("opens on the notice's week once, then on this week", async () => {
    const { main } = services(tempDir(), null);
    main.setSummaryStartWeek(1);
    const channel = ipcContract.invoke.getSummary.channel;
    expect((await call<SummaryView>(main, channel, { weeksBack: 'start' })).weeksBack).toBe(1);
    expect((await call<SummaryView>(main, channel, { weeksBack: 'start' })).weeksBack).toBe(0);
    await expect(call(main, channel, { weeksBack: -1 })).rejects.toThrow(/Invalid request/);
  });

  it('exports JSON to the chosen path, and saves nothing when the dialog is cancelled', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.json');
    const { main, asked } = services(dir, target);
    const channel = ipcContract.invoke.exportHistory.channel;
    const result = await call<ExportResult>(main, channel, { format: 'json' });
    expect(result).toEqual({ saved: true, path: target, rows: 1 });
    expect(asked).toEqual(['unknot-history-2026-11-25.json']);
    const parsed = JSON.parse(readFileSync(target, 'utf8'));
    expect(parsed.events.map((e: { id: string }) => e.id)).toEqual(['p1']);
    expect(parsed.days['2026-11-25'].careSeconds).toBe(60);

    const cancelled = services(tempDir(), null);
    expect(await call<ExportResult>(cancelled.main, channel, { format: 'csv' })).toEqual({
      saved: false,
    });
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it("gives the break window today's logged care, for the finish card", async () => {
    const { main } = services(tempDir(), null);
    main.controller.dispatch({ type: 'startBreakNow' });
    const prompt = await main.router.handle(
      ipcContract.invoke.getBreak.channel,
      undefined,
      'break',
    );
    expect(prompt).toMatchObject({ careTodaySeconds: 60 });
  });
});
