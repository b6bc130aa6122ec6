import type { core } from 'zod';
import { message, type Message, type MessageValue } from '../i18n/message';
import type { MessageId } from '../i18n/messages/en';
import type { SettingsProblem } from './repair';

/**
 * The settings schema's checks report meaning, not English: each puts the id of a message
 * of the settings-errors area where zod keeps a message, and a range check's limits come
 * with the issue. The windows format the result in the person's language.
 */

export type SettingsErrorId = Extract<MessageId, `settings.error.${string}`>;

const PREFIX = 'settings.error.';

/** A check's message: typed as one of the settings-errors ids. */
export const says = (id: SettingsErrorId): string => id;

/** A refinement's message with values of its own (zod keeps `params` on custom issues). */
export function saysWith(
  id: SettingsErrorId,
  values: Record<string, MessageValue>,
): { message: string; params: { values: Record<string, MessageValue> } } {
  return { message: id, params: { values } };
}

export const isSettingsErrorId = (text: string): text is SettingsErrorId => text.startsWith(PREFIX);

function isValues(value: unknown): value is Record<string, MessageValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a zod issue of the settings schema means. A check without a message of ours
 * (a wrong type deep in a hand-edited file) says the value cannot be used.
 */
export function describeSettingsIssue(issue: core.$ZodIssue): Message {
  if (!isSettingsErrorId(issue.message)) return message('settings.error.invalid');
  const values: Record<string, MessageValue> = {};
  if (issue.code === 'too_small') values.min = Number(issue.minimum);
  if (issue.code === 'too_big') values.max = Number(issue.maximum);
  const own: unknown = issue.code === 'custom' ? issue.params?.values : undefined;
  if (isValues(own)) Object.assign(values, own);
  return message(issue.message, Object.keys(values).length > 0 ? values : undefined);
}

/** The id and values in one line: what a log shows where nobody formats the message. */
export function getProblemLogText(text: Message): string {
  return text.values ? `${text.id} ${JSON.stringify(text.values)}` : text.id;
}

/** A settings problem from a message descriptor: `text` to show, `message` for logs. */
export function toSettingsProblem(path: string, text: Message): SettingsProblem {
  return { path, message: getProblemLogText(text), text };
}

/** The problem a zod issue of the settings schema stands for, at `path` (its own by default). */
export function getIssueProblem(
  issue: core.$ZodIssue,
  path: string = issue.path.map(String).join('.'),
): SettingsProblem {
  return toSettingsProblem(path, describeSettingsIssue(issue));
}
