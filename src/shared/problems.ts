import { message, type Message } from './i18n/message';

/**
 * A problem with the person's data that stands until it is fixed: a file set aside, a
 * write that did not land, a folder that cannot be read. One list of these reaches the
 * person in Settings › Your data and as a tray line.
 */
export interface DataProblem {
  /** Stable key: a second report under the same key replaces the first. */
  key: string;
  /** What happened, in plain words (formatted where it is shown, in its language). */
  message: Message;
  /** What was kept, and where. */
  kept: Message;
  /** What the person can do about it. */
  action: Message;
  /** Wall-clock ms when it was first reported. */
  since: number;
}

/**
 * Something a store found wrong with one of its files: `path` '' for the file as a whole,
 * else the entry ("checkIns.3") that was skipped. Main's stores keep these until the
 * problems channel reports them.
 */
export interface FileProblem {
  path: string;
  text: Message;
}

/** The tray line while at least one problem stands. */
export function getProblemsTrayLine(problems: readonly DataProblem[]): Message | null {
  if (problems.length === 0) return null;
  return message('tray.problems', { count: problems.length });
}
