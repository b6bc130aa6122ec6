import { isMessage, message, type Message } from '../shared/i18n/message';
import { english } from '../shared/i18n/translator';
import type { LogStore } from './platform/log-store';

/** The log store keeps what the disk refused; this says so to the controller's queue. */
export class LogWriteHeld extends Error {
  /** Why, as the log store worded it ("the disk is full"): the problems channel shows it. */
  readonly knownCause: Message;
  constructor(problem: Message | undefined) {
    const cause = problem?.values?.cause;
    super(problem ? english.format(problem) : 'the history could not be saved');
    this.name = 'LogWriteHeld';
    this.knownCause = isMessage(cause) ? cause : message('data.cause.unknown');
  }
}

/**
 * Wraps a log write for the controller. The first call hands the change to the log
 * store, which holds it in memory if the disk refuses it; a retry of the same change
 * (the controller re-runs the same call with the same object) only asks the store to
 * try its held writes again, so nothing is written twice. While anything is held the
 * call throws, so the controller keeps later writes in order, retries with backoff and
 * tells the person.
 */
export function createLogHandover(logStore: LogStore) {
  const handed = new WeakSet<object>();
  return <T extends object>(write: (value: T) => void) =>
    (value: T): void => {
      if (handed.has(value)) logStore.retryPending();
      else {
        handed.add(value);
        write(value);
      }
      if (logStore.pendingCount > 0) throw new LogWriteHeld(logStore.problems.at(-1)?.text);
    };
}
