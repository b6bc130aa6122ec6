/**
 * Every figure the bench prints, with its goal when it has one:
 * `<label> (goal <= N) <value>`. `--check` turns a missed goal into a failing exit.
 */
const missed: string[] = [];

function show(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) < 10 ? 2 : 1);
}

/** Prints one figure; with a goal, also remembers a miss. */
export function report(label: string, value: number, unit = '', goal?: number): void {
  const shownGoal = goal === undefined ? '' : ` (goal <= ${show(goal)})`;
  console.log(`${label}${shownGoal} ${show(value)}${unit ? ` ${unit}` : ''}`);
  if (goal !== undefined && !(value <= goal))
    missed.push(`${label}: ${show(value)} > ${show(goal)}`);
}

/** The goals missed so far, one line each. */
export function getMissedGoals(): readonly string[] {
  return missed;
}
