import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startProtectiveMode } from '../../../src/core/protective-mode';
import { applySafetyAnswers } from '../../../src/core/safety-check';
import { SafetyNote } from '../../../src/renderer/break/SafetyNote';
import { ApiContext } from '../../../src/renderer/common/api';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { getDefaultSettings, type Settings } from '../../../src/shared/settings/schema';
import { createFakeApi } from '../fake-api';
import { LanguageRoot } from '../../../src/renderer/common/i18n/LanguageRoot';

vi.setConfig({ testTimeout: 30_000 });

const ALL_NO = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));

function renderNote(initial: Settings = getDefaultSettings()) {
  let stored = initial;
  const fake = createFakeApi({
    getSettings: () => ({
      settings: stored,
      problems: [],
      needsOnboarding: false,
      dataFolder: '/data',
      idleAvailable: true,
    }),
    setSafetyAnswers: ({ answers, operationSites }) =>
      (stored = applySafetyAnswers(stored, answers, 1, operationSites)),
    reportWarningSign: ({ signs }) => (stored = startProtectiveMode(stored, signs, Date.now())),
    endProtectiveMode: () =>
      (stored = { ...stored, safety: { ...stored.safety, protective: null } }),
  });
  render(
    <ApiContext.Provider value={fake.api}>
      <LanguageRoot>
        <SafetyNote />
      </LanguageRoot>
    </ApiContext.Provider>,
  );
  return { fake, user: userEvent.setup(), stored: () => stored };
}

describe('the break’s safety note', () => {
  it('offers the short check by keyboard before any pressure is planned', async () => {
    const { user, stored } = renderNote();
    await screen.findByText(/stay off until you have answered the safety questions/);
    await user.tab();
    expect(screen.getByRole('button', { name: /Answer the safety questions/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    for (const question of SAFETY_QUESTIONS) expect(screen.getByText(question.short)).toBeVisible();
    await user.tab();
    expect(screen.getByRole('button', { name: 'None of these apply to me' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Pressure exercises can be part of your next breaks.',
    );
    expect(stored().safety).toMatchObject({ pressureAllowed: true, answeredAt: 1 });
  });

  it('when something applies, asks each question, and keeps pressure off after a yes', async () => {
    const { user, stored } = renderNote();
    await user.click(await screen.findByRole('button', { name: /Answer the safety questions/ }));
    await user.click(screen.getByRole('button', { name: 'One or more apply' }));
    // Focus moves to the first question; Space answers "no", Tab goes to the next question.
    expect(screen.getAllByRole('radio', { name: 'No' })[0]).toHaveFocus();
    await user.keyboard(' ');
    for (let index = 1; index < SAFETY_QUESTIONS.length; index += 1) {
      await user.tab();
      await user.keyboard(SAFETY_QUESTIONS[index]?.id === 'heart' ? '{ArrowRight}' : ' ');
    }
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(stored().safety.contraindications).toEqual(['heart']));
    expect(screen.getByRole('status')).toHaveTextContent(/off because of a heart condition/);
  });

  it('shows protective mode and its reason, and reports a sign from the break', async () => {
    const answered = applySafetyAnswers(getDefaultSettings(), ALL_NO, 1);
    const { user, stored } = renderNote(answered);
    await user.click(await screen.findByText('Warning signs and when to stop'));
    await user.click(screen.getByRole('checkbox', { name: /swollen, warm, painful calf/ }));
    await user.click(screen.getByRole('button', { name: 'Report and keep my breaks gentle' }));
    await waitFor(() => expect(stored().safety.protective?.signs).toEqual(['calfClot']));
    // The signs follow as the warning-sign list writes them, then the rule.
    const reported = await screen.findByText('You reported:');
    expect(reported.nextElementSibling).toHaveTextContent(/^A swollen, warm, painful calf/);
    expect(screen.getByText(/no pressure and no strength work\. This lasts 14 days/)).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'A doctor or physiotherapist has seen me' }),
    );
    await waitFor(() => expect(stored().safety.protective).toBeNull());
  });
});
