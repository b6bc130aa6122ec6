import { message, type Message } from '../shared/i18n/message';
import type { TensionAreaId, TensionCheckIn } from '../shared/tension';

const DAY = 24 * 60 * 60 * 1000;
/** A rise of this many points (of 10) in one area within two weeks is worth a look. */
export const WORSENING_RISE = 3;
/** Any area rated this high is worth a look, whatever the trend. */
export const HIGH_TENSION = 8;
/** "Over two weeks", with a day's slack for check-ins that drift. */
const WINDOW_DAYS = 15;

const areaName = (area: TensionAreaId): Message => message('advice.area', { area });

/**
 * The worsening rule: an area 3 or more points above any rating of it in the two weeks
 * before the latest check-in, or any area at 8 or more. Returns what to say, or null.
 */
export function getWorsening(
  sorted: readonly TensionCheckIn[],
  latest: TensionCheckIn,
): Message | null {
  const areas = Object.entries(latest.ratings) as [keyof TensionCheckIn['ratings'], number][];
  const earlier = sorted.filter((c) => c.at < latest.at && latest.at - c.at <= WINDOW_DAYS * DAY);
  for (const [area, rating] of areas) {
    const lowest = Math.min(...earlier.map((c) => c.ratings[area] ?? Infinity));
    if (rating - lowest >= WORSENING_RISE) {
      return message('advice.rise', { area: areaName(area), from: lowest, to: rating });
    }
  }
  const high = areas.filter(([, rating]) => rating >= HIGH_TENSION).map(([area]) => areaName(area));
  if (high.length > 0) return message('advice.high', { areas: high, limit: HIGH_TENSION });
  return null;
}
