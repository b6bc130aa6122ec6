import { appFr } from './app/fr';
import { shellFr } from './shell/fr';
import { summaryFr } from './summary/fr';
import { onboardingFr } from './onboarding/fr';
import { knotsFr } from './knots/fr';
import { commonFr } from './common/fr';
import { settingsFr } from './settings/fr';
import { settingsProgrammeFr } from './settings-programme/fr';
import { settingsErrorsFr } from './settings-errors/fr';
import { releaseFr } from './release/fr';
import { adviceFr } from './advice/fr';
import { dataFr } from './data/fr';
import type { MessageId } from './en';

export const fr: Record<MessageId, string> = {
  ...appFr,
  ...shellFr,
  ...summaryFr,
  ...onboardingFr,
  ...knotsFr,
  ...commonFr,
  ...settingsFr,
  ...settingsProgrammeFr,
  ...settingsErrorsFr,
  ...releaseFr,
  ...adviceFr,
  ...dataFr,
};
