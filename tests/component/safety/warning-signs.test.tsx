import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { completeOnboarding } from '../../../src/core/safety-check';
import { ApiContext } from '../../../src/renderer/common/api';
import { OnboardingView } from '../../../src/renderer/onboarding/OnboardingView';
import { TensionCheckIn } from '../../../src/renderer/tension/TensionCheckIn';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { EMERGENCY_SIGNS, URGENT_SIGNS } from '../../../src/shared/warning-signs';
import { renderBreak } from '../break/render-break';
import { createFakeApi } from '../fake-api';
import { renderInLanguage } from '../i18n/in-language';
import { renderSettings } from '../settings/render-settings';

vi.setConfig({ testTimeout: 60_000 });

const SIGNS = [...EMERGENCY_SIGNS, ...URGENT_SIGNS];

/** Every sign's words, once each, in what the window shows. */
function expectEverySign(root: HTMLElement) {
  const text = root.textContent ?? '';
  for (const sign of SIGNS) expect(text, sign.id).toContain(sign.text);
  expect(text).toContain('112 in Europe, 999 in the UK, 911 in North America');
}

describe('the warning signs reach every window that shows them', () => {
  it('the break window', async () => {
    renderBreak();
    const safety = await screen.findByRole('region', { name: 'Safety' });
    expectEverySign(safety);
    // Emergency first, and apart from the same-day signs.
    const emergency = within(safety).getByRole('heading', { name: 'Call an ambulance now' });
    expect(emergency.parentElement).toHaveClass('emergency');
  });

  it('the onboarding window', async () => {
    const fake = createFakeApi({
      getSettings: () => ({
        settings: getDefaultSettings(),
        problems: [],
        needsOnboarding: true,
        dataFolder: '/data',
        idleAvailable: true,
      }),
      completeOnboarding: (result) =>
        completeOnboarding(getDefaultSettings(), { ...result, at: 1 }),
    });
    render(
      <ApiContext.Provider value={fake.api}>
        <OnboardingView />
      </ApiContext.Provider>,
    );
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Short breaks, often' });
    for (let step = 0; step < 4; step += 1)
      await user.click(screen.getByRole('button', { name: 'Next' }));
    for (const group of screen.getAllByRole('group'))
      await user.click(within(group).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expectEverySign(await screen.findByRole('main'));
  });

  it('Settings › Safety', async () => {
    await renderSettings({ page: 'safety' });
    expectEverySign(screen.getByRole('region', { name: 'Safety' }));
  });

  it('the tension check-in', async () => {
    const fake = createFakeApi({
      getTension: () => ({
        checkIns: [],
        advice: { kind: 'notEnoughData', trend: null, message: { id: 'advice.rateWeekly' } },
        weeks: [],
      }),
    });
    const { container } = renderInLanguage(<TensionCheckIn api={fake.api} />);
    expectEverySign(container);
  });
});
