import type { Settings } from '../shared/settings/schema';
import { getPersonWeekStart } from '../core/summary-week';
import {
  getNextWeeklySummaryAt,
  getNoticeWeeksBack,
  getWeeklyNoticeText,
} from '../core/weekly-notice';
import type { SummaryView } from '../shared/domain';
import type { DesktopNotifier } from './ports';
import type { MainServices } from './services';
import { formatText } from './i18n';

/**
 * Longest single wait. Resume and unlock call `recheck()` at once, so this only bounds
 * how late a hand-changed clock can make the notice, at four wake-ups a day.
 */
const MAX_WAIT_MS = 6 * 60 * 60 * 1000;

export interface WeeklySummaryDeps {
  notifier: DesktopNotifier;
  getSettings(): Settings;
  /** Calls the listener after every settings change; returns the unsubscribe. */
  onSettingsChange(listener: (settings: Settings) => void): () => void;
  /** Wall clock, epoch ms. */
  now(): number;
  timeZone: string;
  locale: string;
  getSummaryView(weeksBack: number): SummaryView;
  /** Opens the summary window on the given week (a click on the notice). */
  openSummary(weeksBack: number): void;
}

export interface WeeklySummaryScheduler {
  /** The moment the next notice is armed for; null when the notice is off. */
  nextAt(): number | null;
  /** Looks at the clock again now (after sleep or a lock, when timers may have stood still). */
  recheck(): void;
  stop(): void;
}

/**
 * The weekly summary notice. Core says when (`getNextWeeklySummaryAt`); this arms one
 * timeout toward that moment, shows the headline through the notifier when it comes,
 * and re-arms after firing and whenever the settings change.
 */
export function setupWeeklySummary(deps: WeeklySummaryDeps): WeeklySummaryScheduler {
  let target: number | null = null;
  let timeout: ReturnType<typeof setTimeout> | null = null;

  const fire = (at: number) => {
    const weekStartsOn = getPersonWeekStart(deps.getSettings(), deps.locale);
    const weeksBack = getNoticeWeeksBack(at, deps.timeZone, weekStartsOn);
    try {
      const { title, body } = getWeeklyNoticeText(deps.getSummaryView(weeksBack).summary);
      deps.notifier.show({ title: formatText(title), body: formatText(body) }, (response) => {
        if (response.type !== 'dismissed') deps.openSummary(weeksBack);
      });
    } catch (error) {
      console.error('[weekly-summary] could not show the weekly summary:', error);
    }
  };

  const arm = () => {
    if (timeout !== null) clearTimeout(timeout);
    timeout = null;
    target = getNextWeeklySummaryAt(deps.getSettings().weeklySummary, deps.now(), deps.timeZone);
    if (target !== null) wait();
  };

  const wait = () => {
    if (target === null) return;
    const delay = Math.min(Math.max(0, target - deps.now()), MAX_WAIT_MS);
    timeout = setTimeout(check, delay);
  };

  const check = () => {
    timeout = null;
    if (target === null) return;
    if (deps.now() >= target) {
      fire(target);
      arm();
    } else {
      wait();
    }
  };

  const unsubscribe = deps.onSettingsChange(arm);
  arm();
  return {
    nextAt: () => target,
    recheck: () => {
      if (timeout !== null) clearTimeout(timeout);
      check();
    },
    stop: () => {
      unsubscribe();
      if (timeout !== null) clearTimeout(timeout);
      timeout = null;
      target = null;
    },
  };
}

/** The scheduler over the running services: what app.ts calls, with the shell's parts. */
export function setupServicesWeeklySummary(
  services: Pick<MainServices, 'settingsStore' | 'getSummaryView' | 'setSummaryStartWeek'>,
  shell: {
    notifier: DesktopNotifier;
    timeZone: string;
    locale: string;
    openSummaryWindow(): void;
  },
): WeeklySummaryScheduler {
  const { settingsStore } = services;
  return setupWeeklySummary({
    notifier: shell.notifier,
    getSettings: () => settingsStore.settings,
    onSettingsChange: (listener) => settingsStore.onChange(listener),
    now: () => Date.now(),
    timeZone: shell.timeZone,
    locale: shell.locale,
    getSummaryView: (weeksBack) => services.getSummaryView(weeksBack),
    openSummary: (weeksBack) => {
      services.setSummaryStartWeek(weeksBack);
      shell.openSummaryWindow();
    },
  });
}
