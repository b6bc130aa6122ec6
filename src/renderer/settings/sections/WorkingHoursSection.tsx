import { WEEKDAYS, type Weekday } from '../../../shared/settings/schema';
import { Toggle } from '../fields';
import { Section } from '../Section';
import { getDraftValue, type SettingsEditor } from '../use-settings';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const ORDER: Weekday[] = [...WEEKDAYS.slice(1), WEEKDAYS[0]];

type Range = { start: unknown; end: unknown };

function DayEditor({ editor, day }: { editor: SettingsEditor; day: Weekday }) {
  const path = `workingHours.days.${day}`;
  const raw = getDraftValue(editor.draft, path);
  const ranges: Range[] = Array.isArray(raw) ? (raw as Range[]) : [];
  const error = editor.errorFor(path);
  const name = DAY_NAMES[day];
  const errorId = `${day}-hours-error`;
  const set = (next: Range[]) => editor.change(path, next);
  return (
    <fieldset
      className={error ? 'day invalid' : 'day'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{name}</legend>
      {ranges.length === 0 && <p className="hint">No working hours</p>}
      {ranges.map((range, index) => (
        <div className="range" key={index}>
          <label>
            From
            <input
              type="time"
              aria-label={`${name} range ${index + 1} start`}
              value={typeof range.start === 'string' ? range.start : ''}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                set(ranges.map((r, i) => (i === index ? { ...r, start: event.target.value } : r)))
              }
            />
          </label>
          <label>
            to
            <input
              type="time"
              aria-label={`${name} range ${index + 1} end`}
              value={typeof range.end === 'string' ? range.end : ''}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                set(ranges.map((r, i) => (i === index ? { ...r, end: event.target.value } : r)))
              }
            />
          </label>
          <button
            type="button"
            aria-label={`Remove ${name} range ${index + 1}`}
            onClick={() => set(ranges.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set([...ranges, { start: '13:00', end: '17:00' }])}>
        Add a range on {name}
      </button>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Working hours per weekday, several ranges a day: outside them no break is prompted. */
export function WorkingHoursSection({ editor }: { editor: SettingsEditor }) {
  return (
    <Section
      id="working-hours"
      title="Working hours"
      intro="Outside these hours Unknot stays quiet."
      editor={editor}
      resets="workingHours"
    >
      <Toggle
        editor={editor}
        path="workingHours.enabled"
        label="Only prompt breaks during working hours"
      />
      <div className="days">
        {ORDER.map((day) => (
          <DayEditor key={day} editor={editor} day={day} />
        ))}
      </div>
    </Section>
  );
}
