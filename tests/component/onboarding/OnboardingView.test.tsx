import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { completeOnboarding } from '../../../src/core/safety-check';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { ApiContext } from '../../../src/renderer/common/api';
import { OnboardingView } from '../../../src/renderer/onboarding/OnboardingView';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { createFakeApi } from '../fake-api';

vi.setConfig({ testTimeout: 30_000 });

function renderOnboarding() {
  const fake = createFakeApi({
    getSettings: () => ({
      settings: getDefaultSettings(),
      problems: [],
      needsOnboarding: true,
      dataFolder: '/data',
      idleAvailable: true,
    }),
    completeOnboarding: (result) => completeOnboarding(getDefaultSettings(), { ...result, at: 1 }),
  });
  render(
    <ApiContext.Provider value={fake.api}>
      <OnboardingView />
    </ApiContext.Provider>,
  );
  return { fake, user: userEvent.setup() };
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('onboarding window', () => {
  it('walks three intro screens, equipment, the safety check and the red flags', async () => {
    const { fake, user } = renderOnboarding();
    await screen.findByRole('heading', { name: 'Short breaks, often' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    for (const expected of [
      'A minute or two of care',
      'Regular beats intense',
      'What do you have?',
    ]) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(title()).toBe(expected);
    }
    await user.click(screen.getByLabelText('A firm ball (tennis or lacrosse ball)'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(title()).toBe('A short safety check');

    // Unanswered questions keep the person here, each with its message.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getAllByText('Please choose yes or no.')).toHaveLength(SAFETY_QUESTIONS.length);
    expect(title()).toBe('A short safety check');
    for (const question of SAFETY_QUESTIONS) {
      const group = screen.getByRole('group', { name: question.question });
      await user.click(within(group).getByLabelText(question.id === 'fragileBones' ? 'Yes' : 'No'));
    }
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(title()).toBe('When to see a professional');
    expect(screen.getByRole('status')).toHaveTextContent(
      'You answered yes to: osteoporosis or a recent fracture.',
    );
    expect(screen.getByText('New numbness, tingling or weakness')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Call an ambulance now' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await screen.findByRole('heading', { name: 'You are all set' });
    expect(fake.calls.at(-1)?.request).toEqual({
      skipped: false,
      equipment: {
        ball: false,
        wall: true,
        doorway: true,
        chair: true,
        band: false,
        foamRoller: false,
      },
      answers: {
        anticoagulants: false,
        bloodClots: false,
        fragileBones: true,
        cancer: false,
        heart: false,
        steroids: false,
        reducedFeeling: false,
        pregnancy: false,
        recentInjury: false,
        diagnosedPain: false,
      },
      operationSites: [],
    });
  });

  it('can be skipped, and says where to find it later', async () => {
    const { fake, user } = renderOnboarding();
    await screen.findByRole('heading', { name: 'Short breaks, often' });
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await screen.findByRole('heading', { name: 'Maybe later' });
    expect(screen.getByText(/any time from Settings, under Safety/)).toBeInTheDocument();
    expect(fake.calls.at(-1)?.request).toMatchObject({ skipped: true, answers: {} });
  });

  it('Skip keeps every answer already given, and pressure stays off', async () => {
    const { fake, user } = renderOnboarding();
    await screen.findByRole('heading', { name: 'Short breaks, often' });
    for (let step = 0; step < 4; step += 1)
      await user.click(screen.getByRole('button', { name: 'Next' }));
    const ask = (name: string) => screen.getByRole('group', { name: new RegExp(name) });
    await user.click(within(ask('blood thinners')).getByLabelText('Yes'));
    await user.click(within(ask('operation or an injury')).getByLabelText('Yes'));
    await user.click(screen.getByRole('checkbox', { name: 'Hip' }));
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await screen.findByRole('heading', { name: 'Maybe later' });
    const request = fake.calls.at(-1)?.request as Parameters<typeof completeOnboarding>[1];
    expect(request).toMatchObject({
      skipped: true,
      answers: { anticoagulants: true, recentInjury: true },
      operationSites: ['hip'],
    });
    const saved = completeOnboarding(getDefaultSettings(), { ...request, at: 1 });
    expect(saved.safety).toMatchObject({
      pressureAllowed: false,
      contraindications: ['anticoagulants', 'recentInjury'],
      operationSites: ['hip'],
      answers: { anticoagulants: true, recentInjury: true },
    });
  });

  it('Back returns to the previous step', async () => {
    const { user } = renderOnboarding();
    await screen.findByRole('heading', { name: 'Short breaks, often' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(title()).toBe('Short breaks, often'));
  });
});
