import { getDayKey } from '../../core/summary-week';
import { setDayMark } from '../../shared/day-marks';
import type { InvokeHandlers } from '../../shared/ipc';
import { message } from '../../shared/i18n/message';
import { formatText } from '../i18n';
import type { HandlerContext } from './context';

const DAY_MS = 86_400_000;
/** A holiday can be planned up to a year ahead; a sick day marked up to five years late. */
const AHEAD_DAYS = 366;
const BEHIND_DAYS = 5 * 366;

/** The summary window's actions: a break now, and marking days off for the streak. */
export function createSummaryActionHandlers({
  controller,
  settingsStore,
  history,
}: HandlerContext): Pick<InvokeHandlers, 'startBreakNow' | 'setDayMark'> {
  return {
    startBreakNow: () => {
      // The tray item's path: the engine opens the break window (or keeps the open one).
      controller.dispatch({ type: 'startBreakNow' });
      return controller.getStatus();
    },
    setDayMark: ({ date, kind }) => {
      const now = history.now();
      const latest = getDayKey(now + AHEAD_DAYS * DAY_MS, history.timeZone);
      const earliest = getDayKey(now - BEHIND_DAYS * DAY_MS, history.timeZone);
      // The summary shows the refusal as it is, so main words it in the chosen language.
      if (date > latest || date < earliest) {
        const limit = date > latest ? 'ahead' : 'back';
        throw new Error(formatText(message('dayMark.outOfRange', { limit })));
      }
      const { settings } = settingsStore;
      const dayMarks = setDayMark(settings.dayMarks, date, kind);
      settingsStore.save({ ...settings, dayMarks });
      return dayMarks;
    },
  };
}
