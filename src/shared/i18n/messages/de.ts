import { appDe } from './app/de';
import { shellDe } from './shell/de';
import { summaryDe } from './summary/de';
import { onboardingDe } from './onboarding/de';
import { knotsDe } from './knots/de';
import { commonDe } from './common/de';
import { settingsDe } from './settings/de';
import { settingsProgrammeDe } from './settings-programme/de';
import { settingsErrorsDe } from './settings-errors/de';
import { releaseDe } from './release/de';
import { adviceDe } from './advice/de';
import { dataDe } from './data/de';
import type { MessageId } from './en';

export const de: Record<MessageId, string> = {
  ...appDe,
  ...shellDe,
  ...summaryDe,
  ...onboardingDe,
  ...knotsDe,
  ...commonDe,
  ...settingsDe,
  ...settingsProgrammeDe,
  ...settingsErrorsDe,
  ...releaseDe,
  ...adviceDe,
  ...dataDe,
};
