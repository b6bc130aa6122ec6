import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { startProtectiveMode } from '../../../src/core/protective-mode';
import { applySafetyAnswers, turnPressureOff } from '../../../src/core/safety-check';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { renderSettings } from './render-settings';

vi.setConfig({ testTimeout: 30_000 });

const section = (name: string) => within(screen.getByRole('region', { name }));
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const ALL_NO = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));
const answered = () => applySafetyAnswers(getDefaultSettings(), ALL_NO, NOW);
const withContraindication = () =>
  applySafetyAnswers(getDefaultSettings(), { ...ALL_NO, pregnancy: true }, NOW);

describe('settings window: Safety', () => {
  it("shows why pressure exercises are off and keeps them off without a professional's word", async () => {
    const { user, stored } = await renderSettings({
      page: 'safety',
      initial: withContraindication(),
    });
    const safety = section('Safety');
    expect(safety.getByText(/Pressure exercises are off because of pregnancy/)).toBeInTheDocument();
    await user.click(safety.getByRole('button', { name: 'Turn pressure exercises back on' }));
    expect(await safety.findByRole('alert')).toHaveTextContent(
      'Pressure exercises stay off until you confirm that a doctor or physiotherapist said they are fine for you.',
    );
    expect(stored().safety.pressureAllowed).toBe(false);
  });

  it('turns pressure back on once the person confirms a professional said it is fine', async () => {
    const { user, stored, fake } = await renderSettings({
      page: 'safety',
      initial: withContraindication(),
    });
    const safety = section('Safety');
    await user.click(
      safety.getByLabelText(
        'A doctor or physiotherapist told me pressure exercises are fine for me',
      ),
    );
    await user.click(safety.getByRole('button', { name: 'Turn pressure exercises back on' }));
    await waitFor(() => expect(stored().safety.pressureAllowed).toBe(true));
    expect(fake.calls.at(-1)).toEqual({
      name: 'setPressureAllowed',
      request: { allowed: true, professionalSaidSafe: true },
    });
    expect(safety.getByText(/a professional said they are fine for you/)).toBeInTheDocument();
    await user.click(safety.getByRole('button', { name: 'Turn pressure exercises off' }));
    await waitFor(() => expect(stored().safety.pressureAllowed).toBe(false));
  });

  it('resetting every setting to defaults never turns pressure back on', async () => {
    const { user, stored } = await renderSettings({
      page: 'safety',
      initial: withContraindication(),
    });
    await user.click(screen.getByRole('button', { name: 'Reset all settings to defaults' }));
    await waitFor(() => expect(stored().theme).toBe('system'));
    expect(stored().safety).toMatchObject({
      pressureAllowed: false,
      contraindications: ['pregnancy'],
    });
    expect(section('Safety').getByText(/because of pregnancy/)).toBeInTheDocument();
  });

  it('pressure the person turned off comes back on without any statement', async () => {
    const { user, stored } = await renderSettings({
      page: 'safety',
      initial: turnPressureOff(answered()),
    });
    const safety = section('Safety');
    expect(
      safety.getByText(
        'Pressure exercises are off because you turned them off yourself. Stretches, strength and movement stay on.',
      ),
    ).toBeInTheDocument();
    expect(safety.queryByLabelText(/A doctor or physiotherapist told me/)).not.toBeInTheDocument();
    await user.click(safety.getByRole('button', { name: 'Turn pressure exercises back on' }));
    await waitFor(() => expect(stored().safety.pressureAllowed).toBe(true));
    expect(stored().safety.clearedByProfessionalAt).toBeNull();
  });

  it('before the questions are answered, says so and takes the short check', async () => {
    const { user, stored } = await renderSettings({ page: 'safety' });
    const safety = section('Safety');
    expect(safety.getByText(/stay off until you have answered the safety questions/)).toBeVisible();
    await user.click(safety.getByRole('button', { name: 'None of these apply to me' }));
    await waitFor(() => expect(stored().safety.pressureAllowed).toBe(true));
    expect(safety.getByText('Pressure exercises are on.')).toBeInTheDocument();
  });

  it('shows protective mode and ends it only on the word that a professional has seen it', async () => {
    const initial = startProtectiveMode(answered(), ['numbness'], Date.now());
    const { user, stored } = await renderSettings({ page: 'safety', initial });
    const safety = section('Safety');
    expect(safety.getByText('You reported:').nextElementSibling).toHaveTextContent(
      'New numbness, tingling or weakness',
    );
    expect(safety.getByText(/no pressure and no strength work\. This lasts 14 days/)).toBeVisible();
    await user.click(
      safety.getByRole('button', { name: 'A doctor or physiotherapist has seen me' }),
    );
    await waitFor(() => expect(stored().safety.protective).toBeNull());
    expect(safety.getByText('Pressure exercises are on.')).toBeInTheDocument();
  });

  it('lists what is left out after an operation and turns it back on per site', async () => {
    const initial = applySafetyAnswers(
      getDefaultSettings(),
      { ...ALL_NO, recentInjury: true },
      NOW,
      ['hip', 'knee'],
    );
    const { user, stored } = await renderSettings({ page: 'safety', initial });
    const safety = section('Safety');
    expect(
      safety.getByText(/Exercises that load your hip and knee or leg are left out/),
    ).toBeVisible();
    await user.click(safety.getByRole('button', { name: 'Turn exercises for the hip back on' }));
    await waitFor(() => expect(stored().safety.operationSites).toEqual(['knee']));
  });

  it('opens the safety check again, and a "yes" there turns pressure off', async () => {
    const { user, stored } = await renderSettings({ page: 'safety' });
    await user.click(
      section('Safety').getByRole('button', {
        name: 'Go through the welcome and safety check again',
      }),
    );
    for (let step = 0; step < 4; step += 1)
      await user.click(screen.getByRole('button', { name: 'Next' }));
    for (const group of screen.getAllByRole('group')) {
      const isClots = within(group).queryByText(/blood clot/) !== null;
      await user.click(within(group).getByLabelText(isClots ? 'Yes' : 'No'));
    }
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(stored().safety).toMatchObject({
      pressureAllowed: false,
      contraindications: ['bloodClots'],
    });
    expect(section('Safety').getByText(/because of a history of blood clots/)).toBeInTheDocument();
  });
});

describe('settings window: Your data', () => {
  it('opens the data folder and says where', async () => {
    const { user, fake } = await renderSettings({ page: 'data' });
    await user.click(screen.getByRole('button', { name: 'Open data folder' }));
    expect(await section('Your data').findByRole('status')).toHaveTextContent(
      'Opened /home/person/.config/Unknot.',
    );
    expect(fake.calls.at(-1)?.name).toBe('openDataFolder');
  });

  it('shows an export that main cannot do yet as a plain sentence', async () => {
    const { user } = await renderSettings({ page: 'data' });
    await user.click(screen.getByRole('button', { name: 'Export history as CSV' }));
    await waitFor(() =>
      expect(section('Your data').getByRole('status')).toHaveTextContent(
        'The history was not exported: Exporting history is not available yet.',
      ),
    );
  });

  it('reports a saved export with its file and rows', async () => {
    const { user, fake } = await renderSettings({
      page: 'data',
      handlers: { exportHistory: () => ({ saved: true, path: '/tmp/history.json', rows: 12 }) },
    });
    await user.click(screen.getByRole('button', { name: 'Export history as JSON' }));
    await waitFor(() =>
      expect(section('Your data').getByRole('status')).toHaveTextContent(
        'Saved 12 rows to /tmp/history.json.',
      ),
    );
    expect(fake.calls.at(-1)).toEqual({ name: 'exportHistory', request: { format: 'json' } });
  });
});

describe('settings window: idle detection', () => {
  it('says so when no idle source works, and says nothing when one does', async () => {
    await renderSettings({ idleAvailable: false });
    expect(
      screen.getByText(/Idle detection unavailable — breaks follow the clock/),
    ).toBeInTheDocument();
  });

  it('shows no idle notice when idle time is known', async () => {
    await renderSettings();
    expect(screen.queryByText(/Idle detection unavailable/)).not.toBeInTheDocument();
  });
});
