import type { JournalLine } from '../../core/journal-format';
import type { LogProblem } from '../../shared/domain';
import { message } from '../../shared/i18n/message';
import { getErrorCause } from '../error-cause';

/**
 * What the log does when the disk refuses: a change that cannot be written (a full disk,
 * a month file it may not read or write) is held in memory, reported once, and written
 * first on the next append or retry; a month that cannot be read shows as empty and is
 * reported once. A break never fails because its line could not be saved yet.
 */

export interface PendingWrites {
  /** Writes `change` after any held ones; holds it (and reports) if the write fails. */
  add(change: JournalLine, month: string): void;
  /** Tries the held changes again, oldest first; true when none is left. */
  retry(): boolean;
  readonly count: number;
  /** The held changes of one month (so reads can still show them). */
  heldFor(month: string): JournalLine[];
  /** Runs a read; a failure is reported once per month and gives null. */
  tryRead<T>(month: string, read: () => T): T | null;
}

export interface PendingWritesDeps {
  write(change: JournalLine, month: string): void;
  report(problem: LogProblem): void;
  /** The file of a month, for messages. */
  describe(month: string): string;
}

export function createPendingWrites(deps: PendingWritesDeps): PendingWrites {
  const held: { change: JournalLine; month: string }[] = [];
  const reportedReads = new Set<string>();
  let writeReported = false;

  const flush = (): boolean => {
    while (held.length > 0) {
      const next = held[0];
      if (!next) break;
      try {
        deps.write(next.change, next.month);
      } catch (error) {
        if (!writeReported) {
          writeReported = true;
          const file = deps.describe(next.month);
          console.warn(`[log] write to ${file} refused: ${String(error)}`);
          deps.report({
            file,
            text: message('data.log.saveFailed', { file, cause: getErrorCause(error) }),
          });
        }
        return false;
      }
      held.shift();
    }
    writeReported = false;
    return true;
  };

  return {
    add(change, month) {
      held.push({ change, month });
      flush();
    },
    retry: flush,
    get count() {
      return held.length;
    },
    heldFor: (month) => held.filter((item) => item.month === month).map((item) => item.change),
    tryRead(month, read) {
      try {
        const value = read();
        reportedReads.delete(month);
        return value;
      } catch (error) {
        if (!reportedReads.has(month)) {
          reportedReads.add(month);
          const file = deps.describe(month);
          console.warn(`[log] ${file} unreadable: ${String(error)}`);
          deps.report({
            file,
            text: message('data.log.readFailed', { month, cause: getErrorCause(error) }),
          });
        }
        return null;
      }
    },
  };
}
