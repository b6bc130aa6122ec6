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
