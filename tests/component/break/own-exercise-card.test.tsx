import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALWAYS_STOP_IF } from '../../../src/shared/exercises';
import { translation as germanText } from '../../../src/shared/i18n/translations/de';
import type { OwnExercise } from '../../../src/shared/programme/own-exercise';
import { renderBreak } from './render-break';

const own: OwnExercise = {
  id: 'own-shrugs001',
  name: '<img src=x onerror=alert(1)>Shoulder shrugs',
  steps: ['<b>Lift</b> both shoulders', 'Let them drop slowly'],
  sides: 'one',
  kind: 'strength',
  area: 'shoulders',
  equipment: [],
  dose: { type: 'repetitions', count: 10 },
  picture: 'a'.repeat(32) + '.png',
};

const PIXEL = 'data:image/png;base64,iVBORw0KGgo=';

describe('BreakView: a person’s own exercise', { timeout: 20_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('shows their words as plain text, their picture, and the general stop-if lines', async () => {
    const { user, fake } = renderBreak(
      { exercises: [{ exerciseId: own.id, holdSeconds: [40] }], ownExercises: [own] },
      undefined,
      { getOwnPicture: () => ({ dataUrl: PIXEL }) },
    );
    // The start card names it too, by the person's name for it, not its id.
    expect(await screen.findByText(own.name, { selector: '.coming span' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(own.name);
    const text = within(screen.getByRole('region', { name: 'How to do it' }));
    expect(text.getByText('10 slow repetitions.')).toBeInTheDocument();
    expect(text.getByText('<b>Lift</b> both shoulders')).toBeInTheDocument();
    for (const line of ALWAYS_STOP_IF) expect(text.getByText(line)).toBeInTheDocument();
    // No markup from the person's text reached the page, and no "why" claim is made.
    expect(document.querySelector('img[src="x"], b')).toBeNull();
    expect(text.queryByText(/^Why:/)).toBeNull();
    const picture = await screen.findByRole('img', { name: `Your picture of ${own.name}` });
    expect(picture).toHaveAttribute('src', PIXEL);
    expect(fake.calls.filter((c) => c.name === 'getOwnPicture')).toEqual([
      { name: 'getOwnPicture', request: { picture: own.picture } },
    ]);
  });

  it('speaks the window’s language around the person’s own words', async () => {
    const german = { locale: 'de', formatLocale: 'de-DE', direction: 'ltr' } as const;
    const twoSided: OwnExercise = { ...own, sides: 'both', dose: { type: 'hold', seconds: 1 } };
    const { user } = renderBreak(
      { exercises: [{ exerciseId: own.id, holdSeconds: [1, 1] }], ownExercises: [twoSided] },
      undefined,
      { getLanguage: () => german, getOwnPicture: () => ({ dataUrl: PIXEL }) },
    );
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    const text = within(await screen.findByRole('region', { name: 'So geht es' }));
    expect(text.getByText('Halte 1 Sekunde auf jeder Seite.')).toBeInTheDocument();
    expect(text.getByText('Deine linke Seite')).toBeInTheDocument();
    // Their own words stay as they wrote them; the general cautions are translated.
    expect(text.getByText('<b>Lift</b> both shoulders')).toBeInTheDocument();
    for (const line of ALWAYS_STOP_IF) {
      expect(await text.findByText(germanText.catalogue[line] ?? 'missing')).toBeInTheDocument();
    }
    expect(text.getByText('Deine eigene Übung, in deinen eigenen Worten.')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: `Dein Bild zu ${own.name}` })).toBeVisible();
  });
});
