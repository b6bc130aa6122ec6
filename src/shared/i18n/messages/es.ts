import { appEs } from './app/es';
import { shellEs } from './shell/es';
import { summaryEs } from './summary/es';
import { onboardingEs } from './onboarding/es';
import { knotsEs } from './knots/es';
import { commonEs } from './common/es';
import { settingsEs } from './settings/es';
import { settingsProgrammeEs } from './settings-programme/es';
import { settingsErrorsEs } from './settings-errors/es';
import { releaseEs } from './release/es';
import { adviceEs } from './advice/es';
import { dataEs } from './data/es';
import type { MessageId } from './en';

export const es: Record<MessageId, string> = {
  ...appEs,
  ...shellEs,
  ...summaryEs,
  ...onboardingEs,
  ...knotsEs,
  ...commonEs,
  ...settingsEs,
  ...settingsProgrammeEs,
  ...settingsErrorsEs,
  ...releaseEs,
  ...adviceEs,
  ...dataEs,
};
