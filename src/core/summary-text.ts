import type { WeekSummary } from '../shared/domain';
import { message, type Message } from '../shared/i18n/message';

/** The tray's line: "This week: 18/24 breaks". */
export function getWeekLine(summary: WeekSummary): Message {
  return message('week.line', { taken: summary.taken, breaks: summary.breaks });
}

/**
 * "You took 18 of 24 breaks — 4 more than last week.", as a message for the summary
 * window and main's notices. For a past week (`current: false`) the comparison is with
 * "the week before".
 */
export function getHeadlineMessage(
  summary: WeekSummary,
  options: { current?: boolean } = {},
): Message {
  const current = String(options.current ?? true);
  if (summary.breaks === 0) return message('week.none', { current });
  const difference = summary.change?.taken ?? 0;
  const change =
    summary.change === null
      ? summary.firstWeek
        ? 'first'
        : 'none'
      : difference === 0
        ? 'same'
        : difference > 0
          ? 'more'
          : 'fewer';
  return message('week.headline', {
    taken: summary.taken,
    breaks: summary.breaks,
    change,
    size: Math.abs(difference),
    current,
  });
}
