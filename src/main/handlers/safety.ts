import { endProtectiveMode, startProtectiveMode } from '../../core/protective-mode';
import {
  applySafetyAnswers,
  getPressureOnRefusal,
  setOperationSites,
  turnPressureOff,
  turnPressureOn,
} from '../../core/safety-check';
import type { Settings } from '../../shared/settings/schema';
import type { InvokeHandlers } from '../../shared/ipc';
import { message } from '../../shared/i18n/message';
import { formatText } from '../i18n';
import type { HandlerContext } from './context';

/** The safety channels: answers, pressure on and off, operation sites, protective mode. */
export function createSafetyHandlers({
  settingsStore,
  wallNow,
}: HandlerContext): Pick<
  InvokeHandlers,
  | 'setSafetyAnswers'
  | 'setPressureAllowed'
  | 'setOperationSites'
  | 'reportWarningSign'
  | 'endProtectiveMode'
> {
  const save = (settings: Settings): Settings => {
    settingsStore.save(settings);
    return settings;
  };
  return {
    setSafetyAnswers: ({ answers, operationSites }) =>
      save(applySafetyAnswers(settingsStore.settings, answers, wallNow(), operationSites)),
    setPressureAllowed: ({ allowed, professionalSaidSafe }) => {
      const current = settingsStore.settings;
      if (!allowed) return save(turnPressureOff(current));
      const refusal = getPressureOnRefusal(current, professionalSaidSafe === true);
      // The window shows the refusal as it is, so main words it in the chosen language.
      if (refusal) throw new Error(formatText(message('safety.refusal', { reason: refusal })));
      return save(turnPressureOn(current, wallNow()));
    },
    setOperationSites: ({ sites }) => save(setOperationSites(settingsStore.settings, sites)),
    reportWarningSign: ({ signs }) =>
      save(startProtectiveMode(settingsStore.settings, signs, wallNow())),
    endProtectiveMode: () => save(endProtectiveMode(settingsStore.settings)),
  };
}
