import { message, type Message } from '../shared/i18n/message';
import type { MessageId } from '../shared/i18n/messages/en';
import { getErrorCause } from './error-cause';
import type { ProblemReporter } from './problems';

/**
 * Writes that must land: each is tried at once; one that fails is kept in memory and
 * tried again with backoff, and the person is told through the problems channel until
 * it lands. Writes of one kind stay in order (a later log event never overtakes an
 * earlier one); a `latest` kind keeps only its newest value (the engine state).
 */

const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

export interface WriteKind {
  /** Problem key, e.g. "write:log". */
  key: string;
  /** Says what could not be saved, and why (`{cause}`): "data.write.log". */
  what: MessageId;
  /** Only the newest value matters: a new write replaces a waiting one. */
  latest?: boolean;
}

export interface PendingWrites {
  /** Runs `write` now, or queues it behind earlier failed writes of its kind. */
  run(kind: WriteKind, write: () => void): void;
  /** Retries every kind whose backoff is over, as of monotonic `nowMono`. */
  retryDue(nowMono: number): void;
  /** Monotonic time of the next retry; null when nothing waits. */
  nextRetryAt(): number | null;
  /** How many writes wait, over all kinds. */
  waiting(): number;
}

interface Queue {
  kind: WriteKind;
  writes: (() => void)[];
  delayMs: number;
  retryAt: number;
}

export function createPendingWrites(
  problems: ProblemReporter,
  monoNow: () => number,
): PendingWrites {
  const queues = new Map<string, Queue>();

  const tell = (queue: Queue, error: unknown): void => {
    // The system's own words go to the log once, when the queue first fails.
    if (!queues.has(queue.kind.key)) console.warn(`[write] ${queue.kind.key} failed:`, error);
    const cause: Message = getErrorCause(error);
    problems.report({
      key: queue.kind.key,
      message: message(queue.kind.what, { cause }),
      kept: message('data.write.kept', { count: queue.writes.length }),
      action: message('data.write.action'),
    });
  };

  /** Runs the queue's writes in order; stops at the first failure. True when emptied. */
  const drain = (queue: Queue): boolean => {
    while (queue.writes.length > 0) {
      const write = queue.writes[0];
      try {
        write?.();
      } catch (error) {
        tell(queue, error);
        return false;
      }
      queue.writes.shift();
    }
    queues.delete(queue.kind.key);
    problems.resolve(queue.kind.key);
    return true;
  };

  return {
    run(kind, write) {
      const waiting = queues.get(kind.key);
      if (waiting) {
        if (kind.latest) waiting.writes = [write];
        else waiting.writes.push(write);
        return;
      }
      const queue: Queue = { kind, writes: [write], delayMs: FIRST_RETRY_MS, retryAt: 0 };
      if (drain(queue)) return;
      queue.retryAt = monoNow() + queue.delayMs;
      queues.set(kind.key, queue);
    },
    retryDue(nowMono) {
      for (const queue of [...queues.values()]) {
        if (nowMono < queue.retryAt) continue;
        if (drain(queue)) continue;
        queue.delayMs = Math.min(queue.delayMs * 2, MAX_RETRY_MS);
        queue.retryAt = nowMono + queue.delayMs;
      }
    },
    nextRetryAt() {
      let next: number | null = null;
      for (const queue of queues.values()) {
        if (next === null || queue.retryAt < next) next = queue.retryAt;
      }
      return next;
    },
    waiting: () => [...queues.values()].reduce((sum, queue) => sum + queue.writes.length, 0),
  };
}
