import type { NoticeAction, NoticeText } from '../core/notice-text';
import { NOTICE_ACTIONS } from '../core/notice-text';
import { getFormatLocale, resolveLocale, type AppLocale } from '../shared/i18n/locales';
import type { Message } from '../shared/i18n/message';
import { createTranslator, english, type Translator } from '../shared/i18n/translator';

/**
 * Main's language: the `language` setting, or the OS's preferred languages
 * (`app.getPreferredSystemLanguages()`). Core hands over messages; the tray, notices and
 * CLI replies are formatted here, at the edge.
 */

let current: Translator = english;

/** Picks the language from the setting and the system's list; returns the locale chosen. */
export function setMainLanguage(setting: string, preferred: readonly string[]): AppLocale {
  const locale = resolveLocale(setting, preferred);
  const formatLocale = safeFormatLocale(getFormatLocale(locale, preferred), locale);
  if (locale !== current.locale || formatLocale !== current.formatLocale) {
    current = createTranslator(locale, formatLocale);
  }
  return locale;
}

/** A regional tag Intl does not know ("C", "en_US.UTF-8") falls back to the language. */
function safeFormatLocale(tag: string, locale: AppLocale): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? locale;
  } catch {
    return locale;
  }
}

export function getMainTranslator(): Translator {
  return current;
}

export function formatText(message: Message): string {
  return current.format(message);
}

/** Lines of messages joined into one text (tooltips, `--status`). */
export function formatLines(lines: readonly Message[]): string {
  return lines.map((line) => current.format(line)).join('\n');
}

/** A notice in words, and which action a clicked button label stands for. */
export function formatNotice(text: NoticeText): {
  notice: { title: string; body: string; actions: string[] };
  actionFor(label: string): NoticeAction | null;
} {
  const labels = text.actions.map((action) => ({
    action,
    label: current.format({ id: NOTICE_ACTIONS[action] }),
  }));
  return {
    notice: {
      title: current.format(text.title),
      body: current.format(text.body),
      actions: labels.map(({ label }) => label),
    },
    actionFor: (label) => labels.find((entry) => entry.label === label)?.action ?? null,
  };
}
