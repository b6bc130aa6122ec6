import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startProtectiveMode } from '../../../src/core/protective-mode';
import { applySafetyAnswers, turnPressureOff } from '../../../src/core/safety-check';
import { SafetyNote } from '../../../src/renderer/break/SafetyNote';
import { ApiContext } from '../../../src/renderer/common/api';
import { LanguageRoot } from '../../../src/renderer/common/i18n/LanguageRoot';
import { MESSAGES } from '../../../src/shared/i18n/catalogues';
import { commonEn } from '../../../src/shared/i18n/messages/common/en';
import { getContraindicationReason, SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { EMERGENCY_NOW, getWarningSignText } from '../../../src/shared/warning-signs';
import { createFakeApi } from '../fake-api';
import { renderSettings } from '../settings/render-settings';
import { getMessageWords } from '../i18n/message-words';

vi.setConfig({ testTimeout: 60_000 });

const GERMAN = { locale: 'de', formatLocale: 'de-DE', direction: 'ltr' } as const;
const de = MESSAGES.de;
const ALL_NO = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));
const SIGNS = ['numbness', 'trauma', EMERGENCY_NOW];

/**
 * English that must not reach a German window: every word run of the pressure and
 * protective messages, and the English of the reasons and signs these tests show.
 */
const ENGLISH = [
  ...Object.entries(commonEn)
    .filter(([id]) => id.startsWith('common.pressure.') || id.startsWith('common.protective.'))
    .flatMap(([, text]) => getMessageWords(text)),
  ...['heart', 'pregnancy'].map(getContraindicationReason),
  ...SIGNS.map(getWarningSignText),
].filter((text) => text.length >= 8);

function expectNoEnglish(root: HTMLElement): void {
  const shown = root.textContent ?? '';
  expect(ENGLISH.filter((english) => shown.includes(english))).toEqual([]);
}

function renderNote(initial: Settings) {
  let stored = initial;
  const fake = createFakeApi({
    getLanguage: () => GERMAN,
    getSettings: () => ({
      settings: stored,
      problems: [],
      needsOnboarding: false,
      dataFolder: '/data',
      idleAvailable: true,
    }),
    setSafetyAnswers: ({ answers, operationSites }) =>
      (stored = applySafetyAnswers(stored, answers, 1, operationSites)),
  });
  render(
    <ApiContext.Provider value={fake.api}>
      <LanguageRoot>
        <SafetyNote />
      </LanguageRoot>
    </ApiContext.Provider>,
  );
  return userEvent.setup();
}

/** Protective mode's notice: the rule, and each sign as the German warning-sign list writes it. */
async function expectProtectiveInGerman(root: HTMLElement) {
  const reported = await within(root).findByText(de['common.protective.reported']);
  const signs = within(reported.nextElementSibling as HTMLElement).getAllByRole('listitem');
  expect(signs.map((sign) => sign.textContent)).toEqual([
    'Neue Taubheit, neues Kribbeln oder neue Schwäche',
    'Schmerz, der nach einem Sturz, Unfall oder einer anderen Verletzung begann',
    'Ein Notfallzeichen, das in dem Moment auftrat',
  ]);
  expect(within(root).getByText(/^Bis eine Ärztin, ein Arzt/)).toHaveTextContent(
    /kein Druck und keine Kräftigungsübungen\. Das gilt 14 Tage lang/,
  );
  expectNoEnglish(root);
}

describe('pressure and protective mode in German, in the break and Settings', () => {
  it('the break: the check first, then why pressure is off after a "yes"', async () => {
    const user = renderNote(getDefaultSettings());
    const note = await screen.findByRole('region', { name: de['safety.region'] });
    expect(
      await within(note).findByText(/^Druckübungen \(ein Ball an der Wand\) bleiben aus/),
    ).toBeVisible();
    expectNoEnglish(note);
    await user.click(within(note).getByRole('button', { name: de['safety.answer'] }));
    await user.click(within(note).getByRole('button', { name: de['onboarding.inline.some'] }));
    const heart = SAFETY_QUESTIONS.findIndex((question) => question.id === 'heart');
    // "Ja" to the heart question, "Nein" to every other.
    const yes = within(note).getAllByRole('radio', { name: 'Ja' });
    const no = within(note).getAllByRole('radio', { name: 'Nein' });
    for (const [index, radio] of no.entries())
      await user.click((index === heart && yes[index]) || radio);
    await user.click(within(note).getByRole('button', { name: de['onboarding.inline.save'] }));
    expect(await within(note).findByText(/^Danke\. /)).toHaveTextContent(
      'Danke. Druckübungen sind aus wegen: eine Herzerkrankung. Dehnen, Kräftigen und Bewegung bleiben an.',
    );
    expectNoEnglish(note);
  });

  it('the break: protective mode lists the signs reported, capitals kept', async () => {
    const answered = applySafetyAnswers(getDefaultSettings(), ALL_NO, 1);
    renderNote(startProtectiveMode(answered, SIGNS, Date.now()));
    await expectProtectiveInGerman(
      await screen.findByRole('region', { name: de['safety.region'] }),
    );
  });

  it('Settings › Safety: off for two answers and the person’s own choice', async () => {
    const answers = { ...ALL_NO, pregnancy: true, heart: true };
    const off = turnPressureOff(applySafetyAnswers(getDefaultSettings(), answers, 1));
    const handlers = { getLanguage: () => GERMAN };
    await renderSettings({ page: 'safety', initial: off, handlers });
    const safety = screen.getByRole('region', { name: de['settings.safety.title'] });
    expect(within(safety).getByText(/^Druckübungen sind aus wegen:/)).toHaveTextContent(
      /^Druckübungen sind aus wegen: eine Herzerkrankung und eine Schwangerschaft\. Außerdem hast du sie selbst ausgeschaltet\. Dehnen, Kräftigen und Bewegung bleiben an\.$/,
    );
    expectNoEnglish(safety);
  });

  it('Settings › Safety: protective mode in German', async () => {
    const answered = applySafetyAnswers(getDefaultSettings(), ALL_NO, 1);
    const initial = startProtectiveMode(answered, SIGNS, Date.now());
    await renderSettings({ page: 'safety', initial, handlers: { getLanguage: () => GERMAN } });
    await expectProtectiveInGerman(
      screen.getByRole('region', { name: de['settings.safety.title'] }),
    );
  });
});
