import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DataProblem } from '../../../src/shared/problems';
import { renderSettings } from './render-settings';

vi.setConfig({ testTimeout: 30_000 });

const yourData = () => within(screen.getByRole('region', { name: 'Your data' }));

const SET_ASIDE: DataProblem = {
  key: 'tension:set-aside',
  message: 'The tension file had a shape Unknot does not know; it was moved to tension.bad.json.',
  kept: 'Nothing was deleted: the original bytes stay in the file named above.',
  action: 'Look in the data folder; restore the file from a backup, or leave it be.',
  since: 0,
};
const WAITING: DataProblem = {
  key: 'write:log',
  message: 'A break or sitting time could not be saved: the disk is full.',
  kept: 'Kept in memory (2 waiting) and tried again every few minutes while Unknot runs.',
  action: 'Free some disk space.',
  since: 0,
};

describe('settings window: problems with your data', () => {
  it('says all is well when no problem stands', async () => {
    await renderSettings();
    expect(await yourData().findByText('No problems with your data.')).toBeInTheDocument();
  });

  it('lists each problem with what was kept and what to do, and follows pushed changes', async () => {
    let standing = [SET_ASIDE];
    const { user, fake } = await renderSettings({
      handlers: {
        getProblems: () => standing,
        dismissProblem: ({ key }) => (standing = standing.filter((p) => p.key !== key)),
      },
    });
    const message = await yourData().findByText(SET_ASIDE.message);
    const alert = message.closest('[role="alert"]');
    expect(alert).toHaveTextContent(SET_ASIDE.message);
    expect(alert).toHaveTextContent(SET_ASIDE.kept);
    expect(alert).toHaveTextContent(SET_ASIDE.action);
    fake.emit('problems', [SET_ASIDE, WAITING]);
    expect(await yourData().findByText(WAITING.message)).toBeInTheDocument();
    // A write still waiting cannot be dismissed; a set-aside file can, once read.
    expect(yourData().getAllByRole('button', { name: 'Dismiss' })).toHaveLength(1);
    await user.click(yourData().getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(yourData().queryByText(SET_ASIDE.message)).toBeNull());
    expect(fake.calls.at(-1)).toEqual({
      name: 'dismissProblem',
      request: { key: SET_ASIDE.key },
    });
  });
});
