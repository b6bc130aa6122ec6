import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TensionCheckIn } from '../../../src/renderer/tension/TensionCheckIn';
import type { TensionEntry, TensionOverview } from '../../../src/shared/tension';
import { createFakeApi } from '../fake-api';
import { renderInLanguage } from '../i18n/in-language';

vi.setConfig({ testTimeout: 30_000 });

describe('tension check-in', () => {
  it('rates chosen areas, reports a red flag, and shows the advice main returns', async () => {
    const saved: TensionEntry[] = [];
    const empty: TensionOverview = {
      checkIns: [],
      advice: { kind: 'notEnoughData', trend: null, message: { id: 'advice.rateWeekly' } },
      weeks: [],
    };
    const fake = createFakeApi({
      getTension: () => empty,
      saveTensionCheckIn: (entry) => {
        saved.push(entry);
        return {
          checkIns: [{ ...entry, id: 't1', at: Date.UTC(2026, 10, 23) }],
          advice: {
            kind: 'redFlag',
            trend: null,
            message: { id: 'advice.redFlag' },
            signs: ['numbness'],
          },
          weeks: [],
        };
      },
    });
    const user = userEvent.setup();
    renderInLanguage(<TensionCheckIn api={fake.api} />);
    expect(
      await screen.findByText(
        'Rate your tension once a week; after two weeks Unknot can show how it changes.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Neck' }));
    const slider = screen.getByRole('slider', { name: 'Neck tension, 0 to 10' });
    expect(slider).toHaveValue('5');
    // jsdom has no slider keyboard behaviour; the browser does. Set the value directly.
    fireEvent.change(slider, { target: { value: '7' } });
    await user.click(screen.getByRole('checkbox', { name: 'Lower back' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lower back' }));
    await user.click(screen.getByRole('checkbox', { name: 'New numbness, tingling or weakness' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() =>
      expect(
        screen.getByText(/^You mentioned: .+\. Please see a doctor today/),
      ).toBeInTheDocument(),
    );
    expect(saved).toEqual([{ ratings: { neck: 7 }, redFlags: ['numbness'], emergency: false }]);
  });

  it('lists the emergency signs and shows the call-now advice when one is happening', async () => {
    const fake = createFakeApi({
      getTension: () => ({
        checkIns: [],
        advice: { kind: 'notEnoughData', trend: null, message: { id: 'advice.rateWeekly' } },
        weeks: [],
      }),
    });
    const user = userEvent.setup();
    renderInLanguage(<TensionCheckIn api={fake.api} />);
    expect(screen.getByText('Chest pain that lasts more than 15 minutes')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'One of these is happening right now' }));
    expect(screen.getByRole('alert')).toHaveTextContent('call an ambulance now (112 in Europe');
    // A history of cancer belongs to the screening, not to "since last week".
    expect(screen.queryByRole('checkbox', { name: /had cancer/ })).not.toBeInTheDocument();
  });
});
