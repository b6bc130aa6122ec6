import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/simulate';
import { getLoadedSites } from '../../src/core/safety-rules';
import { findExercise } from '../../src/shared/exercises';

/** What each break of a safety trace planned, from the replay CLI's breakOpen lines. */
function plannedBreaks(name: string): { id: string; kind: string }[][] {
  const lines: string[] = [];
  const code = main([join(resolve('tests/simulation/traces'), `${name}.jsonl`)], (line) =>
    lines.push(line),
  );
  expect(code).toBe(0);
  return lines
    .map((line) => JSON.parse(line) as { type: string; exercises?: { id: string; kind: string }[] })
    .filter((line) => line.type === 'breakOpen')
    .map((line) => line.exercises ?? []);
}

describe('what breaks plan, by safety answers (replay traces)', () => {
  it("a fresh install's first day plans no pressure exercise", () => {
    const breaks = plannedBreaks('fresh-install-first-day');
    expect(breaks.length).toBeGreaterThan(5);
    const kinds = breaks.flat().map((exercise) => exercise.kind);
    expect(kinds).not.toContain('pressure');
    expect(kinds).toContain('stretch');
    expect(kinds).toContain('movement');
  });

  it('"no" to every question plans pressure, at most twice that day', () => {
    const pressure = plannedBreaks('answered-no-first-day')
      .flat()
      .filter((exercise) => exercise.kind === 'pressure');
    expect(pressure.length).toBeGreaterThan(0);
    expect(pressure.length).toBeLessThanOrEqual(2);
  });

  it('after a hip operation nothing that loads the hip is planned', () => {
    const planned = plannedBreaks('after-hip-operation').flat();
    expect(planned.length).toBeGreaterThan(5);
    for (const { id, kind } of planned) {
      expect(kind).not.toBe('pressure');
      const exercise = findExercise(id);
      expect(exercise && getLoadedSites(exercise)).not.toContain('hip');
    }
  });
});
