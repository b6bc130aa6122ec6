import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getKnotOverview } from '../../../src/core/knot-changes';
import { applySafetyAnswers } from '../../../src/core/safety-check';
import { ApiContext } from '../../../src/renderer/common/api';
import { KnotChanges } from '../../../src/renderer/knots/KnotChanges';
import { KnotFinder } from '../../../src/renderer/knots/KnotFinder';
import type { SettingsSnapshot } from '../../../src/shared/domain';
import { KNOT_SPOTS } from '../../../src/shared/knot-spots';
import type { KnotCheck, KnotEntry } from '../../../src/shared/knots';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { createFakeApi } from '../fake-api';
import { InLanguage } from '../i18n/in-language';

function snapshot(answered: boolean): SettingsSnapshot {
  return {
    // "No" to every safety question: pressing is allowed; unanswered, it is not.
    settings: answered
      ? applySafetyAnswers(
          getDefaultSettings(),
          Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false])),
          Date.UTC(2026, 10, 1),
        )
      : getDefaultSettings(),
    problems: [],
    needsOnboarding: false,
    dataFolder: '/tmp/unknot',
    idleAvailable: true,
  };
}

function renderFinder(answered = true) {
  const checks: KnotCheck[] = [{ id: 'old', at: 1000, marks: { chest: 2 } }];
  const fake = createFakeApi({
    getSettings: () => snapshot(answered),
    saveKnotCheck: (entry: KnotEntry) => {
      checks.push({ ...entry, id: `k${checks.length}`, at: 2000 });
      return getKnotOverview(checks);
    },
  });
  render(
    <ApiContext.Provider value={fake.api}>
      <KnotFinder />
    </ApiContext.Provider>,
  );
  return fake;
}

describe('knot finder', () => {
  it('walks through every spot, marks tenderness and saves the marks', async () => {
    const user = userEvent.setup();
    const fake = renderFinder();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    for (const [index, spot] of KNOT_SPOTS.entries()) {
      const section = screen.getByRole('region', { name: spot.name });
      expect(within(section).getByText(`Spot ${index + 1} of ${KNOT_SPOTS.length}`)).toBeVisible();
      expect(within(section).getByRole('heading', { name: 'How firmly to press' })).toBeVisible();
      expect(within(section).getByText(spot.keepOff)).toBeVisible();
      const group = within(section).getByRole('group', { name: 'How tender was it?' });
      if (spot.id === 'chest') await user.click(within(group).getByLabelText('A little tender'));
      else if (spot.id === 'glutes') await user.click(within(group).getByLabelText('Very tender'));
      else if (spot.id === 'forearm') {
        await user.click(within(group).getByLabelText('Very tender'));
        // Changed their mind: skipping leaves the spot out of the check.
        await user.click(screen.getByRole('button', { name: 'Skip this spot' }));
        continue;
      } else await user.click(within(group).getByLabelText('Not tender'));
      const next = index === KNOT_SPOTS.length - 1 ? 'Save my check' : 'Next spot';
      await user.click(screen.getByRole('button', { name: next }));
    }
    expect(await screen.findByRole('heading', { name: 'Your check is saved' })).toHaveFocus();
    const sent = fake.calls.find((call) => call.name === 'saveKnotCheck')?.request as KnotEntry;
    expect(sent.marks).toEqual({
      upperTrapezius: 0,
      levatorScapulae: 0,
      betweenShoulderBlades: 0,
      chest: 1,
      glutes: 2,
      hipFlexors: 0,
    });
    expect(
      screen.getByText(/favour exercises for front of the chest and upper outer buttock, within/),
    ).toBeVisible();
    const changes = screen.getByRole('list', { name: 'Since your previous check' });
    expect(within(changes).getByText(/Front of the chest: eased/)).toBeVisible();
    // A very tender spot: when to see someone.
    expect(screen.getByText(/See a professional/)).toBeVisible();
  }, 30_000);

  it('goes back to a spot with its mark kept', async () => {
    const user = userEvent.setup();
    renderFinder();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.click(screen.getByLabelText('Very tender'));
    await user.click(screen.getByRole('button', { name: 'Next spot' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('Very tender')).toBeChecked();
  });

  it('says not to press when the safety questions are unanswered (fail closed)', async () => {
    const user = userEvent.setup();
    renderFinder(false);
    expect(await screen.findByText(/rule out pressing on muscles/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.queryByRole('heading', { name: 'How firmly to press' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Without pressing' })).toBeVisible();
    expect(screen.getByText(/Do not press/)).toBeVisible();
    // Only the step that locates the spot: the pressing step is left out.
    expect(screen.queryByText(KNOT_SPOTS[0]?.find[1] ?? '')).toBeNull();
    expect(screen.getByText(KNOT_SPOTS[0]?.find[0] ?? '')).toBeVisible();
  });

  it('keeps the marks and says so when saving fails', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      getSettings: () => snapshot(true),
      saveKnotCheck: () => {
        throw new Error('disk full');
      },
    });
    render(
      <ApiContext.Provider value={fake.api}>
        <KnotFinder />
      </ApiContext.Provider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    for (let index = 0; index < KNOT_SPOTS.length - 1; index += 1)
      await user.click(screen.getByRole('button', { name: 'Next spot' }));
    await user.click(screen.getByRole('button', { name: 'Save my check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved.*disk full/);
    expect(screen.getByRole('button', { name: 'Save my check' })).toBeEnabled();
  });
});

describe('knot changes in the summary', () => {
  it('lists the spots that eased and opens the finder', async () => {
    const user = userEvent.setup();
    const checks: KnotCheck[] = [
      { id: 'a', at: 1000, marks: { chest: 2, glutes: 1 } },
      { id: 'b', at: 2000, marks: { chest: 1, glutes: 2 } },
    ];
    const fake = createFakeApi({
      getKnots: () => getKnotOverview(checks),
      openKnotFinder: () => undefined,
    });
    render(
      <ApiContext.Provider value={fake.api}>
        <InLanguage>
          <KnotChanges />
        </InLanguage>
      </ApiContext.Provider>,
    );
    const section = screen.getByRole('region', { name: 'Knots' });
    expect(
      await within(section).findByText('Eased since the previous check: front of the chest.'),
    ).toBeVisible();
    expect(within(section).getByText(/Upper outer buttock: more tender/)).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Find my knots…' }));
    expect(fake.calls.map((call) => call.name)).toContain('openKnotFinder');
  });

  it('invites a first check when there is none', async () => {
    const fake = createFakeApi({ getKnots: () => getKnotOverview([]) });
    render(
      <ApiContext.Provider value={fake.api}>
        <InLanguage>
          <KnotChanges />
        </InLanguage>
      </ApiContext.Provider>,
    );
    expect(await screen.findByText('You have not checked your knots yet.')).toBeVisible();
  });
});
