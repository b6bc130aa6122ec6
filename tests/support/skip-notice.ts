/** Prints why a test layer is skipped, once, where the test run's output shows it. */
export function announceSkip(layer: string, reason: string | null): void {
  if (reason !== null) process.stderr.write(`[skip] ${layer}: ${reason}\n`);
}
