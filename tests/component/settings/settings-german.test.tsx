import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_PAGES } from '../../../src/renderer/settings/pages';
import { getCatalogueSources } from '../../../src/shared/i18n/catalogue/sources';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { settingsProgrammeEn } from '../../../src/shared/i18n/messages/settings-programme/en';
import { settingsEn } from '../../../src/shared/i18n/messages/settings/en';
import { renderSettings } from './render-settings';
import { getMessageWords } from '../i18n/message-words';

vi.setConfig({ testTimeout: 60_000 });

/** Words every locale writes the same way ("Volume", "Tension", "Dose", "0 to 5" aside). */
const SHORTEST = 8;

const ENGLISH = [
  ...new Set(
    Object.values({ ...settingsEn, ...settingsProgrammeEn })
      .flatMap((message) => getMessageWords(message))
      .filter((text) => text.length >= SHORTEST),
  ),
];

/** Catalogue text (exercise names, safety texts) is translated by its English source elsewhere. */
const CATALOGUE = new Set(getCatalogueSources());

/** Every text a person sees or hears: text nodes and accessible names given as aria-label. */
function shownTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text && !CATALOGUE.has(text)) texts.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label]')) {
    texts.push(element.getAttribute('aria-label') ?? '');
  }
  return texts;
}

describe('settings window in German', () => {
  it('every page shows no English of the settings messages', async () => {
    const { user } = await renderSettings({
      handlers: {
        getLanguage: () => ({ locale: 'de', formatLocale: 'de-DE', direction: 'ltr' }),
      },
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Einstellungen');
    const nav = within(screen.getByRole('navigation', { name: 'Einstellungsseiten' }));
    const left: string[] = [];
    for (const page of SETTINGS_PAGES) {
      const link = nav.getAllByRole('link').find((a) => a.getAttribute('href') === `#${page.id}`);
      if (!link) throw new Error(`no link to ${page.id}`);
      await user.click(link);
      const section = await screen.findByRole('region');
      await within(section).findByRole('heading', { level: 2 });
      for (const text of shownTexts(document.body)) {
        for (const english of ENGLISH) {
          if (text.includes(english)) left.push(`${page.id}: "${english}" in "${text}"`);
        }
      }
    }
    expect(left).toEqual([]);
  });

  it('writes times as the format locale does and names weekdays in German', async () => {
    await renderSettings({
      page: 'working-hours',
      handlers: {
        getLanguage: () => ({ locale: 'de', formatLocale: 'de-DE', direction: 'ltr' }),
      },
    });
    expect(screen.getByText('Zeiten im 24-Stunden-Format, zum Beispiel 09:00.')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Montag' })).toBeInTheDocument();
  });

  it('names the keys of a shortcut as a German keyboard does', async () => {
    const defaults = getDefaultSettings();
    const shortcuts = {
      ...defaults.shortcuts,
      enabled: true,
      breakNow: 'CommandOrControl+Shift+Up',
    };
    await renderSettings({
      page: 'shortcuts',
      initial: { ...defaults, shortcuts },
      handlers: {
        getLanguage: () => ({ locale: 'de', formatLocale: 'de-DE', direction: 'ltr' }),
      },
    });
    expect(screen.getByLabelText('Jetzt Pause machen')).toHaveValue(
      'Strg+Umschalt+Pfeil nach oben',
    );
  });
});
