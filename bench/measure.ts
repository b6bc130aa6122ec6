/** Median wall time of `fn` in microseconds over `runs` runs, after a warm-up. */
export function medianMicros(fn: () => void, runs = 2000, warmup = 200): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export function printFigure(name: string, value: number | string, unit = ''): void {
  const shown =
    typeof value === 'number'
      ? Number.isInteger(value)
        ? String(value)
        : value.toFixed(2)
      : value;
  console.log(`${name.padEnd(56)} ${shown}${unit ? ` ${unit}` : ''}`);
}

/** One sample's cost: wall time, and the CPU time this process spent, both in µs. */
export interface Cost {
  wall: number;
  cpu: number;
}

const cpuMicros = (): number => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

/**
 * The least wall and CPU time `fn` took over `runs` runs after `warmup`, with `before` (a
 * full garbage collection, say) run untimed before each sample. Other processes on a
 * shared machine only ever add time to a sample, while growth with the history adds to
 * every one: the least of many is the work itself. CPU time leaves out waits for the
 * disk and for the processor the neighbours hold.
 */
export function leastCost(fn: () => void, runs: number, warmup: number, before = () => {}): Cost {
  for (let i = 0; i < warmup; i += 1) fn();
  const cost = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < runs; i += 1) {
    before();
    const cpu = cpuMicros();
    const start = process.hrtime.bigint();
    fn();
    cost.wall = Math.min(cost.wall, Number(process.hrtime.bigint() - start) / 1000);
    cost.cpu = Math.min(cost.cpu, cpuMicros() - cpu);
  }
  return cost;
}
