/**
 * Child process of tests/unit/main/log-crash.test.ts: appends events to the real log
 * store in a loop and prints each id only after `append` has returned. The parent kills
 * it with SIGKILL at a random moment and checks that every printed id survived.
 * Usage: node child.mjs <dataDir> <idPrefix> <firstEventWallMs>
 */
import { writeSync } from 'node:fs';
import { openLogStore } from '../../src/main/platform/log-store';

const [dataDir, prefix, start] = process.argv.slice(2);
if (!dataDir || !prefix || !start)
  throw new Error('usage: <dataDir> <idPrefix> <firstEventWallMs>');
const log = openLogStore(dataDir, { timeZone: 'UTC', now: () => Date.now() });
const first = Number(start);
for (let index = 0; ; index += 1) {
  const id = `${prefix}-${index}`;
  log.append({
    id,
    at: first + index * 2 * 3_600_000,
    kind: 'posture',
    outcome: index % 3 === 0 ? 'skipped' : 'completed',
    exercises: [{ exerciseId: 'ball-shoulder-blade-wall', heldSeconds: [45, 45] }],
    boutSeconds: 1800,
  });
  // One short write to a pipe is atomic, and it happens only after append returned.
  writeSync(1, `${id}\n`);
}
