import { getProfessionalAdvice } from '../../core/professional-advice';
import { resolveWeekStart } from '../../core/summary-week';
import { getTensionTrendRange, getTensionWeeks } from '../../core/tension-weeks';
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
    const careDays = logStore
      .readRange(now - LOOK_BACK_DAYS * DAY, now + 1)
      .filter((event) => event.outcome === 'completed' || event.outcome === 'partial')
      // Local midnight: days are counted in the person's own calendar.
      .map((event) => new Date(event.at).setHours(0, 0, 0, 0));
    const checkIns = tensionStore.readAll();
    const weekStartsOn = resolveWeekStart(settingsStore.settings.weekStartsOn, history.locale);
    const trendInput = { now, timeZone: history.timeZone, weekStartsOn };
    // The trend's weeks are the summary's weeks: same zone, same first weekday.
    const { from, to } = getTensionTrendRange(trendInput);
    const weeks = getTensionWeeks({
      ...trendInput,
      checkIns,
      events: logStore.readRange(from, to),
    });
    return { checkIns, advice: getProfessionalAdvice({ checkIns, careDays, now }), weeks };
  };
  return {
    getTension: overview,
    saveTensionCheckIn: (entry) => {
      const at = wallNow();
      tensionStore.append({ ...entry, id: `tension-${at}`, at });
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
