import type { MessageId } from './messages/en';

/**
 * A value inside a message: a number or word, another message formatted first, or a
 * list of messages formatted first and joined as the locale joins a list ("a and b").
 */
export type MessageValue = string | number | Date | Message | readonly Message[];

/**
 * What core and main hand to the edge instead of English: the id of a message and its
 * arguments. Main formats it with @formatjs/intl, the renderer with react-intl.
 */
export interface Message {
  id: MessageId;
  values?: Record<string, MessageValue>;
}

/** A message descriptor; `values` only when there are any. */
export function message(id: MessageId, values?: Record<string, MessageValue>): Message {
  return values ? { id, values } : { id };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'id' in value;
}

export function isMessageList(value: unknown): value is readonly Message[] {
  return Array.isArray(value) && value.every(isMessage);
}
