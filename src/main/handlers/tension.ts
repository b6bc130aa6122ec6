import { getProfessionalAdvice } from '../../core/professional-advice';
import { getDayKey, getDayStart, getPersonWeekStart } from '../../core/summary-week';
import { getTensionWeeksFromDays } from '../../core/tension-weeks';
import { getCheckInSigns, startProtectiveMode } from '../../core/protective-mode';
import type { InvokeHandlers } from '../../shared/ipc';
import type { TensionOverview } from '../../shared/tension';
import type { HandlerContext } from './context';

const DAY = 24 * 60 * 60 * 1000;
/** The rule looks back at most this far for days with care. */
const LOOK_BACK_DAYS = 35;

/** The tension check-in's channels, for the summary window (and settings). */
export function createTensionHandlers({
  tensionStore,
  logStore,
  settingsStore,
  history,
  wallNow,
}: HandlerContext): Pick<InvokeHandlers, 'getTension' | 'saveTensionCheckIn'> {
  const overview = (): TensionOverview => {
    const now = wallNow();
    const { timeZone } = history;
    // Days with a completed or partial break, as local midnights, from the day index.
    const careDays: number[] = [];
    for (let back = LOOK_BACK_DAYS; back >= 0; back -= 1) {
      const date = getDayKey(now - back * DAY, timeZone);
      const outcomes = logStore.getDayEntry(date)?.outcomes;
      if (outcomes && outcomes.completed + outcomes.partial > 0) {
        careDays.push(getDayStart(date, timeZone));
      }
    }
    const checkIns = tensionStore.readAll();
    const weekStartsOn = getPersonWeekStart(settingsStore.settings, history.locale);
    // The trend's weeks are the summary's weeks: same zone, same first weekday.
    const weeks = getTensionWeeksFromDays({
      now,
      timeZone,
      weekStartsOn,
      checkIns,
      getDay: (date) => logStore.getDayEntry(date),
    });
    // The windows show the latest check-in only: the rest stays in main.
    const advice = getProfessionalAdvice({ checkIns, careDays, now });
    return { checkIns: checkIns.slice(-1), advice, weeks };
  };
  return {
    getTension: overview,
    saveTensionCheckIn: (entry) => {
      const at = wallNow();
      tensionStore.append({ ...entry, id: `tension-${at}`, at });
      // A warning sign changes what breaks offer, not only the advice (protective mode).
      const signs = getCheckInSigns(entry);
      if (signs.length > 0)
        settingsStore.save(startProtectiveMode(settingsStore.settings, signs, at));
      // Saved: the answer is success even if the history behind the advice cannot be
      // read now, so the person never saves the same check-in twice.
      try {
        return overview();
      } catch (error) {
        console.warn(`[tension] saved, but the overview is incomplete: ${String(error)}`);
        const checkIns = tensionStore.readAll();
        return {
          checkIns,
          advice: getProfessionalAdvice({ checkIns, careDays: [], now: at }),
          weeks: [],
        };
      }
    },
  };
}
