/**
 * A problem with the person's data that stands until it is fixed: a file set aside, a
 * write that did not land, a folder that cannot be read. One list of these reaches the
 * person in Settings › Your data and as a tray line.
 */
export interface DataProblem {
  /** Stable key: a second report under the same key replaces the first. */
  key: string;
  /** What happened, in plain words. */
  message: string;
  /** What was kept, and where. */
  kept: string;
  /** What the person can do about it. */
  action: string;
  /** Wall-clock ms when it was first reported. */
  since: number;
}

/** The tray line while at least one problem stands. */
export function getProblemsTrayLine(problems: readonly DataProblem[]): string | null {
  if (problems.length === 0) return null;
  return problems.length === 1
    ? '⚠ A problem with your data — see Settings'
    : `⚠ ${problems.length} problems with your data — see Settings`;
}
