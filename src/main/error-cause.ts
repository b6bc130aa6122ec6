import { isMessage, message, type Message } from '../shared/i18n/message';
import type { MessageId } from '../shared/i18n/messages/en';
import { formatText } from './i18n';

/**
 * Why the system refused a read or write, in words a person can act on. Node's own
 * `error.message` ("ENOSPC: no space left on device, write") is English and goes to the
 * log only; people read a short cause picked by the error's code, or a plain "an
 * unexpected error" naming the code when there is one.
 */

const CAUSES: Readonly<Record<string, MessageId>> = {
  ENOSPC: 'data.cause.diskFull',
  EDQUOT: 'data.cause.diskFull',
  EACCES: 'data.cause.notAllowed',
  EPERM: 'data.cause.notAllowed',
  EROFS: 'data.cause.readOnly',
  EBUSY: 'data.cause.busy',
  ETXTBSY: 'data.cause.busy',
  ENOENT: 'data.cause.missing',
  EMFILE: 'data.cause.tooManyFiles',
  ENFILE: 'data.cause.tooManyFiles',
  EISDIR: 'data.cause.wrongKind',
  ENOTDIR: 'data.cause.wrongKind',
  EIO: 'data.cause.io',
  ETIMEDOUT: 'data.cause.timedOut',
  ECONNREFUSED: 'data.cause.connection',
  ECONNRESET: 'data.cause.connection',
  EPIPE: 'data.cause.connection',
};

/** Node's error code ("ENOSPC"), from the error or, failing that, from its message. */
export function getErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  const text = error instanceof Error ? error.message : String(error);
  return /\b(E[A-Z]{2,})\b/.exec(text)?.[1] ?? null;
}

/**
 * The cause of `error` as a message; a code we do not know is named, never explained. An
 * error that already carries a worded cause (`knownCause`, see log-handover) keeps it.
 */
export function getErrorCause(error: unknown): Message {
  const known = (error as { knownCause?: unknown } | null)?.knownCause;
  if (isMessage(known)) return known;
  const code = getErrorCode(error);
  if (code === null) return message('data.cause.unknown');
  const id = CAUSES[code];
  return id ? message(id) : message('data.cause.code', { code });
}

/** The cause of a failed start-up write check, which hands over only the code. */
export function getCodeCause(code: string): Message {
  return getErrorCause({ code });
}

/**
 * A failure a window shows as `{error}` ("The history was not exported: {error}"): its
 * cause in main's language; the system's own words go to the log.
 */
export function toShownError(error: unknown, what: string): Error {
  console.warn(`[${what}] failed: ${String(error)}`);
  return new Error(formatText(getErrorCause(error)), { cause: error });
}
