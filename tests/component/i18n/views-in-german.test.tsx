import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getKnotOverview } from '../../../src/core/knot-changes';
import { getProfessionalAdvice } from '../../../src/core/professional-advice';
import { applySafetyAnswers, completeOnboarding } from '../../../src/core/safety-check';
import { buildWeekSummary } from '../../../src/core/summary';
import { getWeekBounds } from '../../../src/core/summary-week';
import { getTensionWeeks } from '../../../src/core/tension-weeks';
import { ApiContext } from '../../../src/renderer/common/api';
import { KnotChanges } from '../../../src/renderer/knots/KnotChanges';
import { KnotFinder } from '../../../src/renderer/knots/KnotFinder';
import { OnboardingView } from '../../../src/renderer/onboarding/OnboardingView';
import { SummaryView } from '../../../src/renderer/summary/SummaryView';
import { TensionSection } from '../../../src/renderer/summary/TensionSection';
import type { AdherenceEvent, SettingsSnapshot } from '../../../src/shared/domain';
import { MESSAGES } from '../../../src/shared/i18n/catalogues';
import { message } from '../../../src/shared/i18n/message';
import type { InvokeHandlers } from '../../../src/shared/ipc';
import { KNOT_SPOTS } from '../../../src/shared/knot-spots';
import { SAFETY_QUESTIONS } from '../../../src/shared/safety';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { createFakeApi } from '../fake-api';

vi.setConfig({ testTimeout: 30_000 });

const NOW = Date.UTC(2026, 10, 25, 12);
const GERMAN = { locale: 'de', formatLocale: 'de-DE', direction: 'ltr' } as const;

/**
 * Each English message whose German differs, as a pattern for a whole text: a message's
 * `{arguments}` match any words, so "Spot {position} of {total}" finds "Spot 2 of 6".
 * Plural and select messages are matched by their English words outside the braces.
 */
const ENGLISH = Object.entries(MESSAGES.en)
  .filter(([id, text]) => MESSAGES.de[id as keyof typeof MESSAGES.de] !== text)
  .filter(([, text]) => !/\{\w+, (plural|select)/.test(text))
  // A message that is little but its arguments ("{signs}.") would match any sentence.
  .filter(([, text]) => text.replace(/\{\w+\}/g, '').replace(/[^a-z]/gi, '').length >= 4)
  .map(([id, text]) => {
    const parts = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
    return { id, pattern: new RegExp(`^${parts.join('.+')}$`) };
  });

/** Visible text and accessible names, minus dates (Intl's own words) and cited titles. */
function getShownTexts(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('time, cite, [data-date]')) continue;
    const text = node.textContent?.trim() ?? '';
    if (text) texts.push(text);
  }
  for (const element of document.body.querySelectorAll('[aria-label], [title]')) {
    texts.push(element.getAttribute('aria-label') ?? element.getAttribute('title') ?? '');
  }
  return texts;
}

function expectNoEnglish(): void {
  const left = getShownTexts().flatMap((text) =>
    ENGLISH.filter(({ pattern }) => pattern.test(text)).map(({ id }) => `${id}: "${text}"`),
  );
  expect(left).toEqual([]);
}

function snapshot(): SettingsSnapshot {
  const answers = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));
  return {
    settings: applySafetyAnswers(getDefaultSettings(), answers, Date.UTC(2026, 10, 1)),
    problems: [],
    needsOnboarding: false,
    dataFolder: '/tmp/unknot',
    idleAvailable: true,
  };
}

function renderInGerman(view: React.ReactNode, handlers: Partial<InvokeHandlers>) {
  const fake = createFakeApi({ getLanguage: () => GERMAN, ...handlers });
  render(<ApiContext.Provider value={fake.api}>{view}</ApiContext.Provider>);
  return { fake, user: userEvent.setup() };
}

const events: AdherenceEvent[] = [23, 24, 25].map((day, index) => ({
  id: `e${day}`,
  at: Date.UTC(2026, 10, day, 9),
  kind: 'posture',
  outcome: index === 1 ? 'skipped' : 'completed',
  exercises: [{ exerciseId: 'ball-shoulder-blade-wall', heldSeconds: [45, 45] }],
  boutSeconds: 3900,
}));

/** History files the log store could not use: worded by the summary, in its language. */
const historyProblems = [
  { file: '/h/a.txt', text: message('data.log.torn', { month: '2026-10', file: '/h/a.txt' }) },
  {
    file: '/h/b.jsonl',
    text: message('data.log.readFailed', { month: '2026-09', cause: message('data.cause.busy') }),
  },
];

const summaryHandlers: Partial<InvokeHandlers> = {
  getSummary: () => {
    const summary = buildWeekSummary({
      week: getWeekBounds(NOW, 'UTC', 1),
      previousWeek: getWeekBounds(NOW, 'UTC', 1, 1),
      events,
      getDay: () => ({
        careSeconds: 90,
        sittingSeconds: 7200,
        longestBoutSeconds: 3900,
        boutsOver60: 1,
      }),
      firstRecordAt: Date.UTC(2026, 9, 1),
      now: NOW,
      timeZone: 'UTC',
      workingDays: new Set([1, 2, 3, 4, 5]),
    });
    return { summary, weeksBack: 0, problems: [] };
  },
  getTension: () => {
    const checkIns = [
      {
        id: 'a',
        at: Date.UTC(2026, 10, 18, 9),
        ratings: { neck: 6 },
        redFlags: [],
        emergency: false,
      },
    ];
    const careDays = events.map((e) => e.at);
    return {
      checkIns,
      advice: getProfessionalAdvice({ checkIns, careDays, now: NOW }),
      weeks: getTensionWeeks({
        checkIns,
        events,
        now: NOW,
        timeZone: 'UTC',
        weekStartsOn: 1,
        weeks: 6,
      }),
    };
  },
  getKnots: () =>
    getKnotOverview([
      { id: 'a', at: 1000, marks: { chest: 2, glutes: 1 } },
      { id: 'b', at: 2000, marks: { chest: 1, glutes: 2 } },
    ]),
};

describe('the views in German leave no English message on screen', () => {
  it('the summary with its tension, knot and export sections', async () => {
    renderInGerman(
      <SummaryView>
        <TensionSection />
        <KnotChanges />
      </SummaryView>,
      {
        ...summaryHandlers,
        getSummary: async (...request: Parameters<InvokeHandlers['getSummary']>) => {
          const view = await summaryHandlers.getSummary?.(...request);
          if (!view) throw new Error('no summary');
          return { ...view, problems: historyProblems };
        },
      },
    );
    await screen.findByRole('heading', { name: 'Deine Woche' });
    await screen.findByRole('table', { name: 'Verspannung und Pausen, Woche für Woche' });
    await screen.findByText(/Seit der vorigen Prüfung gelockert/);
    expect(screen.getByText(/ein anderes Programm benutzt die Datei/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de-DE');
    // The title bar and window switcher name the window in German too.
    expect(document.title).toBe('Unknot – deine Woche');
    expectNoEnglish();
  });

  it('the summary of an empty first week', async () => {
    renderInGerman(<SummaryView />, {
      ...summaryHandlers,
      getSummary: () => {
        const summary = buildWeekSummary({
          week: getWeekBounds(NOW, 'UTC', 1),
          previousWeek: getWeekBounds(NOW, 'UTC', 1, 1),
          events: [],
          getDay: () => undefined,
          firstRecordAt: null,
          now: NOW,
          timeZone: 'UTC',
          workingDays: new Set([1, 2, 3, 4, 5]),
        });
        return { summary, weeksBack: 0, problems: [] };
      },
    });
    await screen.findByRole('heading', { name: 'Fang mit einer Pause an' });
    expectNoEnglish();
  });

  it('onboarding, every step and the end', async () => {
    const { user } = renderInGerman(<OnboardingView />, {
      getSettings: () => ({ ...snapshot(), settings: getDefaultSettings() }),
      completeOnboarding: (result) =>
        completeOnboarding(getDefaultSettings(), { ...result, at: 1 }),
    });
    await screen.findByRole('heading', { name: 'Kurze Pausen, oft' });
    for (let step = 0; step < 6; step += 1) {
      expectNoEnglish();
      if (step === 4) {
        for (const no of screen.getAllByRole('radio', { name: 'Nein' })) await user.click(no);
      }
      await user.click(screen.getByRole('button', { name: step === 5 ? 'Fertig' : 'Weiter' }));
    }
    await screen.findByRole('heading', { name: 'Alles bereit' });
    expectNoEnglish();
  });

  it('the knot finder: introduction, a spot and the saved result', async () => {
    const { user } = renderInGerman(<KnotFinder />, {
      getSettings: () => snapshot(),
      saveKnotCheck: ({ marks }) => getKnotOverview([{ id: 'k', at: 1, marks }]),
    });
    await user.click(await screen.findByRole('button', { name: 'Loslegen' }));
    expectNoEnglish();
    for (const [index] of KNOT_SPOTS.entries()) {
      await user.click(screen.getByLabelText('Sehr empfindlich'));
      const last = index === KNOT_SPOTS.length - 1;
      await user.click(
        screen.getByRole('button', { name: last ? 'Meine Prüfung speichern' : 'Nächste Stelle' }),
      );
    }
    await screen.findByRole('heading', { name: 'Deine Prüfung ist gespeichert' });
    expectNoEnglish();
  });
});
