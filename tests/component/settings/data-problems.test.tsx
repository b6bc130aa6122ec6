import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { message } from '../../../src/shared/i18n/message';
import type { DataProblem } from '../../../src/shared/problems';
import { renderSettings } from './render-settings';

vi.setConfig({ testTimeout: 30_000 });

const yourData = () => within(screen.getByRole('region', { name: 'Your data' }));

const SET_ASIDE: DataProblem = {
  key: 'tension:set-aside',
  message: message('data.tension.setAside', {
    reason: message('data.reason.notObject'),
    file: '/data/tension.unreadable-1.json',
  }),
  kept: message('data.kept.file'),
  action: message('data.action.folder', { folder: '/data' }),
  since: 0,
};
const WAITING: DataProblem = {
  key: 'write:log',
  message: message('data.write.log', { cause: message('data.cause.diskFull') }),
  kept: message('data.write.kept', { count: 2 }),
  action: message('data.write.action'),
  since: 0,
};

/** The English each descriptor above should read as, nested causes formatted first. */
const SET_ASIDE_TEXT = {
  message:
    'The tension file could not be read (it is not an object); it was moved to /data/tension.unreadable-1.json.',
  kept: 'Nothing was deleted: the original bytes stay in the file named above.',
  action: 'Look in /data; restore the file from a backup, or leave it be.',
};
const WAITING_TEXT = 'A break or sitting time could not be saved: the disk is full.';

describe('settings window: problems with your data', () => {
  it('says all is well when no problem stands', async () => {
    await renderSettings({ page: 'data' });
    expect(await yourData().findByText('No problems with your data.')).toBeInTheDocument();
  });

  it('lists each problem with what was kept and what to do, and follows pushed changes', async () => {
    let standing = [SET_ASIDE];
    const { user, fake } = await renderSettings({
      page: 'data',
      handlers: {
        getProblems: () => standing,
        dismissProblem: ({ key }) => (standing = standing.filter((p) => p.key !== key)),
      },
    });
    const shown = await yourData().findByText(SET_ASIDE_TEXT.message);
    const alert = shown.closest('[role="alert"]');
    expect(alert).toHaveTextContent(SET_ASIDE_TEXT.message);
    expect(alert).toHaveTextContent(SET_ASIDE_TEXT.kept);
    expect(alert).toHaveTextContent(SET_ASIDE_TEXT.action);
    fake.emit('problems', [SET_ASIDE, WAITING]);
    expect(await yourData().findByText(WAITING_TEXT)).toBeInTheDocument();
    expect(yourData().getByText(/Kept in memory \(2 waiting\)/)).toBeInTheDocument();
    // A write still waiting cannot be dismissed; a set-aside file can, once read.
    expect(yourData().getAllByRole('button', { name: 'Dismiss' })).toHaveLength(1);
    await user.click(yourData().getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(yourData().queryByText(SET_ASIDE_TEXT.message)).toBeNull());
    expect(fake.calls.at(-1)).toEqual({
      name: 'dismissProblem',
      request: { key: SET_ASIDE.key },
    });
  });
});
