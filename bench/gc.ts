import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection on demand, without asking `npm run bench` for
 * `--expose-gc`: the flag is set at run time and `gc` taken from a fresh context.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects everything unreachable, so heap figures and timings start from the same floor. */
export function collectGarbage(): void {
  gc();
}

/** Heap in use after a full collection, MB. */
export function getSettledHeapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
