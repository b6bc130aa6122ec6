import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { renderSettings } from './render-settings';

const appearance = () => within(screen.getByRole('region', { name: 'Appearance' }));
const snapshot = (dimOverlaySupported: boolean | undefined) => ({
  settings: getDefaultSettings(),
  problems: [],
  needsOnboarding: false,
  dataFolder: '/home/person/.config/unknot',
  idleAvailable: true,
  dimOverlaySupported,
});

describe('settings window: the dim overlay is offered only where it can dim', () => {
  it('hides "Dim other displays" when main says the overlay cannot dim here', async () => {
    await renderSettings({ page: 'appearance', handlers: { getSettings: () => snapshot(false) } });
    expect(appearance().getByLabelText('Theme')).toBeInTheDocument();
    expect(appearance().queryByLabelText('Dim other displays during a break')).toBeNull();
  });

  it('offers it where it can', async () => {
    await renderSettings({ page: 'appearance', handlers: { getSettings: () => snapshot(true) } });
    expect(appearance().getByLabelText('Dim other displays during a break')).toBeInTheDocument();
  });

  it('offers it where an older main does not say', async () => {
    await renderSettings({
      page: 'appearance',
      handlers: { getSettings: () => snapshot(undefined) },
    });
    expect(appearance().getByLabelText('Dim other displays during a break')).toBeInTheDocument();
  });
});
