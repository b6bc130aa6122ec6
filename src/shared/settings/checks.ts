import { z } from 'zod';
import { message } from '../i18n/message';
import { says, saysWith } from './issue-text';

/**
 * The settings schema's field checks: clock times, working-hour ranges, shortcuts and
 * whole numbers in a range. Each reports a message id of the settings-errors area.
 */

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, says('settings.error.time'));

export const timeRangeSchema = z
  .object({ start: clockTime, end: clockTime })
  .refine((range) => range.start < range.end, says('settings.error.endBeforeStart'));

/** True when two valid ranges of one day share any minute (invalid ones are reported apart). */
function hasOverlap(ranges: readonly { start: string; end: string }[]): boolean {
  const valid = ranges.filter((range) => range.start < range.end);
  const sorted = [...valid].sort((a, b) => (a.start < b.start ? -1 : 1));
  return sorted.some((range, index) => index > 0 && range.start < (sorted[index - 1]?.end ?? ''));
}

export const dayRangesSchema = z
  .array(timeRangeSchema)
  .max(4, says('settings.error.rangesPerDay'))
  .refine((ranges) => !hasOverlap(ranges), says('settings.error.rangesOverlap'));

const MODIFIER =
  '(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)';
const KEY =
  '([A-Z0-9]|F([1-9]|1\\d|2[0-4])|Space|Tab|Home|End|PageUp|PageDown|Insert|Delete|Up|Down|Left|Right)';
/**
 * An Electron accelerator with at least one modifier: a global shortcut must not steal
 * plain keys. Empty means no shortcut (the recorder's Backspace clears one).
 */
export const acceleratorSchema = z
  .string()
  .max(64, says('settings.error.characters'))
  .regex(new RegExp(`^((${MODIFIER}\\+)+${KEY})?$`), says('settings.error.shortcutForm'));

/** The two shortcuts must differ: the second one reports, naming the first's action. */
export const SHORTCUT_TAKEN = {
  ...saysWith('settings.error.shortcutTaken', { action: message('settings.shortcuts.breakNow') }),
  path: ['pauseHour'],
};

type Unit = 'minutes' | 'seconds' | 'snoozes';

/** A whole number of `unit` from `min` to `max`; the limits come with the issue. */
export const intIn = (min: number, max: number, unit: Unit) =>
  z
    .number({ error: says(`settings.error.${unit}.number`) })
    .int(says(`settings.error.${unit}.whole`))
    .min(min, says(`settings.error.${unit}.atLeast`))
    .max(max, says(`settings.error.${unit}.atMost`));

/** A volume from 0 to 1, shown to people as 0 to 100 %. */
export const volumeSchema = z
  .number({ error: says('settings.error.volumeNumber') })
  .min(0, says('settings.error.volumeRange'))
  .max(1, says('settings.error.volumeRange'));
