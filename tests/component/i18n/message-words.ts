import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

function collect(elements: MessageFormatElement[], found: string[]): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal) found.push(element.value.trim());
    if ('options' in element) {
      for (const option of Object.values(element.options)) collect(option.value, found);
    }
    if (element.type === TYPE.tag) collect(element.children, found);
  }
  return found;
}

/**
 * The words of an ICU message as written: its literal runs, through every plural and
 * select branch and inside tags. The German-window tests look for these in what is shown.
 */
export function getMessageWords(text: string): string[] {
  return collect(parse(text), []);
}
