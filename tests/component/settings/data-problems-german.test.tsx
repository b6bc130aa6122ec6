import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { message, type Message, type MessageValue } from '../../../src/shared/i18n/message';
import type { MessageId } from '../../../src/shared/i18n/messages/en';
import { dataEn } from '../../../src/shared/i18n/messages/data/en';
import type { DataProblem } from '../../../src/shared/problems';
import { renderSettings } from './render-settings';

vi.setConfig({ testTimeout: 60_000 });

/**
 * Settings › Your data in German, with a problem for every text of the data area the
 * list can show and every cause and reason inside them: no English of that area is left.
 */

type DataId = keyof typeof dataEn & MessageId;
const ids = Object.keys(dataEn) as DataId[];
const of = (prefix: string) => ids.filter((id) => id.startsWith(prefix));
/** Shown elsewhere: the picture note and import errors (My programme), the start-up box (main). */
const ELSEWHERE = ['data.picture.', 'data.programme.', 'data.userData.'];
const NESTED = ['data.cause.', 'data.reason.'];
const SENTENCES = ids.filter((id) => ![...ELSEWHERE, ...NESTED].some((p) => id.startsWith(p)));

/** A plausible value for each argument name the data area uses. */
function valueFor(name: string, nested: Message): MessageValue {
  const values: Record<string, MessageValue> = {
    cause: nested,
    reason: nested,
    file: '/data/history/adherence-2026-11.corrupt-1.json',
    folder: '/data',
    month: '2026-11',
    count: 2,
    lines: '3, 7',
    effect: 'openBreak',
    version: 3,
    code: 'EXDEV',
  };
  const value = values[name];
  if (value === undefined) throw new Error(`no test value for {${name}}`);
  return value;
}

function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && element.type !== TYPE.literal) found.add(element.value);
    if ('options' in element)
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

function descriptor(id: DataId, nested: Message): Message {
  const names = [...argumentsOf(parse(dataEn[id]))];
  if (names.length === 0) return message(id);
  return message(id, Object.fromEntries(names.map((name) => [name, valueFor(name, nested)])));
}

function problem(key: string, text: Message): DataProblem {
  return {
    key,
    message: text,
    kept: message('data.kept.file'),
    action: message('data.action.folder', { folder: '/data' }),
    since: 0,
  };
}

const PROBLEMS: DataProblem[] = [
  ...SENTENCES.map((id) => problem(id, descriptor(id, message('data.cause.diskFull')))),
  ...[...of('data.cause.'), ...of('data.reason.')].map((id) =>
    problem(`nested:${id}`, descriptor('data.log.setAside', descriptor(id, message(id)))),
  ),
];

/** The English words of a message: its literal runs, through every plural and select branch. */
function literals(elements: MessageFormatElement[], found: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal) found.push(element.value.trim());
    if ('options' in element)
      for (const option of Object.values(element.options)) literals(option.value, found);
  }
  return found;
}

const ENGLISH = [
  ...new Set(
    ids
      .filter((id) => !ELSEWHERE.some((prefix) => id.startsWith(prefix)))
      .flatMap((id) => literals(parse(dataEn[id])))
      .filter((text) => text.length >= 8),
  ),
];

describe('problems with your data, in German', () => {
  it('shows every data problem, cause and reason with no English left', async () => {
    await renderSettings({
      page: 'data',
      handlers: {
        getLanguage: () => ({ locale: 'de', formatLocale: 'de-DE', direction: 'ltr' }),
        getProblems: () => PROBLEMS,
      },
    });
    const list = (await screen.findAllByRole('alert')).find((el) =>
      el.classList.contains('data-problems'),
    );
    if (!list) throw new Error('no problem list');
    const items = list.querySelectorAll('li');
    expect(items).toHaveLength(PROBLEMS.length);
    const shown = list.textContent ?? '';
    expect(shown).toContain('die Festplatte ist voll');
    expect(shown).toContain('Unknot konnte das Pausenfenster nicht öffnen');
    expect(shown).toContain('2 Verspannungs-Check-ins konnten nicht gelesen werden');
    expect(shown).not.toContain('data.');
    expect(ENGLISH.filter((english) => shown.includes(english))).toEqual([]);
  });
});
