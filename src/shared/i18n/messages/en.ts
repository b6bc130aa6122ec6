import { appEn } from './app/en';
import { shellEn } from './shell/en';
import { summaryEn } from './summary/en';
import { onboardingEn } from './onboarding/en';
import { knotsEn } from './knots/en';
import { commonEn } from './common/en';
import { settingsEn } from './settings/en';
import { settingsProgrammeEn } from './settings-programme/en';
import { settingsErrorsEn } from './settings-errors/en';
import { releaseEn } from './release/en';
import { adviceEn } from './advice/en';
import { dataEn } from './data/en';

/**
 * English, the source language: every id Unknot uses, in ICU MessageFormat, gathered from
 * one folder per area (shell: notices, tray, CLI; app: the break and words every window
 * shares; then one per window). Every other locale is one file, ../translations/<code>.ts,
 * typed against these areas (`Translation`), so a missing id fails typecheck, and
 * tests/unit/shared/i18n-messages.test.ts checks that each keeps the same arguments.
 * An area's files hold only strings; the renderer build parses each to ICU syntax trees.
 */
export const en = {
  ...appEn,
  ...shellEn,
  ...summaryEn,
  ...onboardingEn,
  ...knotsEn,
  ...commonEn,
  ...settingsEn,
  ...settingsProgrammeEn,
  ...settingsErrorsEn,
  ...releaseEn,
  ...adviceEn,
  ...dataEn,
};

export type MessageId = keyof typeof en;

/** The English of each area: a translation (../translations/<code>.ts) gives each the same ids. */
export interface EnglishAreas {
  app: typeof appEn;
  shell: typeof shellEn;
  common: typeof commonEn;
  summary: typeof summaryEn;
  onboarding: typeof onboardingEn;
  knots: typeof knotsEn;
  settings: typeof settingsEn;
  'settings-programme': typeof settingsProgrammeEn;
  'settings-errors': typeof settingsErrorsEn;
  release: typeof releaseEn;
  advice: typeof adviceEn;
  data: typeof dataEn;
}
