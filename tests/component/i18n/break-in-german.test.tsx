import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { EMERGENCY_SIGNS, URGENT_SIGNS } from '../../../src/shared/warning-signs';
import { renderBreak, wait } from '../break/render-break';

const pass = (seconds: number) => act(() => wait(seconds));

describe('the break window in German', { timeout: 30_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('shows the exercise in German, each side with its own side words', async () => {
    const { user } = renderBreak(
      { exercises: [{ exerciseId: 'neck-side-bend', holdSeconds: [30, 30] }] },
      undefined,
      {
        getLanguage: () => ({ locale: 'de', formatLocale: 'de-DE', direction: 'ltr' }),
        getSettings: () => ({
          settings: getDefaultSettings(),
          problems: [],
          needsOnboarding: false,
          dataFolder: '/data',
          idleAvailable: true,
        }),
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(document.body).toHaveTextContent('Seitneigung des Kopfes');
    await user.keyboard('{Enter}'); // past the get-ready moment
    const steps = () => within(screen.getByRole('list', { name: /Schritte/ }));
    // Left side worked: the head tilts to the right, the left arm hangs.
    expect(steps().getByText(/^Neig den Kopf zu deiner rechten Schulter/)).toBeVisible();
    expect(steps().getByText(/^Lass deinen linken Arm hängen/)).toBeVisible();
    expect(screen.getByText(/entlang der linken Halsseite/)).toBeVisible();
    expect(screen.getByText('Schmerz oder Kribbeln, das in den Arm ausstrahlt')).toBeVisible();
    await pass(30 + 5); // the left side held, then the moment to switch sides
    expect(steps().getByText(/^Neig den Kopf zu deiner linken Schulter/)).toBeVisible();
    expect(steps().getByText(/^Lass deinen rechten Arm hängen/)).toBeVisible();
    expect(screen.getByText(/entlang der rechten Halsseite/)).toBeVisible();
  });

  it('shows the safety note and warning signs before the start, in German', async () => {
    renderBreak({}, undefined, {
      getLanguage: () => ({ locale: 'de', formatLocale: 'de', direction: 'ltr' }),
      getSettings: () => ({
        settings: getDefaultSettings(),
        problems: [],
        needsOnboarding: false,
        dataFolder: '/data',
        idleAvailable: true,
      }),
    });
    expect(
      await screen.findByText(/bleiben aus, bis du die Sicherheitsfragen beantwortet hast/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Ruf jetzt einen Rettungswagen \(112 in Europa/)).toBeInTheDocument();
    expect(screen.getByText('Brustschmerz, der länger als 15 Minuten anhält')).toBeInTheDocument();
    expect(screen.getByText(/im Vereinigten Königreich: ruf 111 an/)).toBeInTheDocument();
    // Every warning sign went through the translation (page titles stay cited in English).
    for (const sign of [...EMERGENCY_SIGNS, ...URGENT_SIGNS]) {
      expect(document.body).not.toHaveTextContent(sign.text);
    }
  });
});
