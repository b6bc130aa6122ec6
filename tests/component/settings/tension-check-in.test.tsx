import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TensionCheckIn } from '../../../src/renderer/tension/TensionCheckIn';
import type { TensionEntry, TensionOverview } from '../../../src/shared/tension';
import { createFakeApi } from '../fake-api';

describe('tension check-in', () => {
  it('rates chosen areas, reports a red flag, and shows the advice main returns', async () => {
    const saved: TensionEntry[] = [];
    const empty: TensionOverview = {
      checkIns: [],
      advice: { kind: 'notEnoughData', trend: null, message: 'Rate your tension once a week.' },
      weeks: [],
    };
    const fake = createFakeApi({
      getTension: () => empty,
      saveTensionCheckIn: (entry) => {
        saved.push(entry);
        return {
          checkIns: [{ ...entry, id: 't1', at: Date.UTC(2026, 10, 23) }],
          advice: { kind: 'redFlag', trend: null, message: 'Please show this to a doctor.' },
          weeks: [],
        };
      },
    });
    const user = userEvent.setup();
    render(<TensionCheckIn api={fake.api} />);
    expect(await screen.findByText('Rate your tension once a week.')).toBeInTheDocument();
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
      expect(screen.getByText('Please show this to a doctor.')).toBeInTheDocument(),
    );
    expect(saved).toEqual([{ ratings: { neck: 7 }, redFlags: ['numbness'], emergency: false }]);
  });

  it('shows the emergency advice as soon as chest pain is ticked', async () => {
    const fake = createFakeApi({
      getTension: () => ({
        checkIns: [],
        advice: { kind: 'notEnoughData', trend: null, message: '' },
        weeks: [],
      }),
    });
    const user = userEvent.setup();
    render(<TensionCheckIn api={fake.api} />);
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Chest pain or tightness spreading to the arm, jaw, neck or back',
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Call your local emergency number');
  });
});
