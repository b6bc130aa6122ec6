import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiContext } from '../../../src/renderer/common/api';
import { LanguageRoot } from '../../../src/renderer/common/i18n/LanguageRoot';
import {
  getFocusTopics,
  FocusSourcesNotice,
} from '../../../src/renderer/settings/sections/FocusSourcesNotice';
import { FOCUS_SOURCE_NAMES, type FocusSourceName } from '../../../src/shared/ipc-focus';
import { createFakeApi } from '../fake-api';

/** Issue 15 §1: Settings says which focus sources work here, or that none does. */

function renderNotice(working: FocusSourceName[] | Error) {
  const { api, calls } = createFakeApi({
    getFocusSources: () => {
      if (working instanceof Error) throw working;
      return { working };
    },
  });
  render(
    <ApiContext.Provider value={api}>
      <LanguageRoot>
        <FocusSourcesNotice api={api} />
      </LanguageRoot>
    </ApiContext.Provider>,
  );
  return calls;
}

describe('FocusSourcesNotice', () => {
  it('when no source works, says so and names the manual ways', async () => {
    const calls = renderNotice([]);
    const notice = await screen.findByTestId('focus-sources');
    expect(notice).toHaveTextContent(/cannot tell on this computer when you are in a call/);
    expect(notice).toHaveTextContent('“In a meeting”');
    expect(notice).toHaveTextContent('unknot --meeting 60');
    expect(calls.map((call) => call.name)).toEqual(['getFocusSources']);
  });

  it('lists what it watches, each description once', async () => {
    renderNotice(['gnome-inhibitor', 'power-inhibit', 'gnome-dnd', 'camera']);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'calls and presentations that keep the screen awake',
      'do-not-disturb in GNOME',
      'the camera in use',
    ]);
    expect(screen.getByTestId('focus-sources')).toHaveTextContent('unknot --meeting 60');
    expect(screen.queryByText(/cannot tell/)).toBeNull();
  });

  it('a failed read says it could not check, and claims nothing', async () => {
    renderNotice(new Error('main is gone'));
    expect(await screen.findByText(/could not be checked/)).toBeInTheDocument();
    expect(screen.queryByTestId('focus-sources')).toBeNull();
  });

  it('has words for every source main may name', async () => {
    renderNotice([...FOCUS_SOURCE_NAMES]);
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(getFocusTopics([...FOCUS_SOURCE_NAMES]).length);
    // A topic the message forgot would fall back to another's words.
    const texts = items.map((item) => item.textContent);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
