import { WEEKDAYS, type Weekday } from '../../../shared/settings/schema';
import { useText } from '../../common/i18n/use-text';
import { ClockTimeInput } from '../ClockTimeInput';
import { DependentFields } from '../DependentFields';
import { Toggle } from '../fields';
import { useLocaleFormat } from '../locale-format';
import { Section } from '../Section';
import { getDraftValue, type SettingsEditor } from '../use-settings';

const ORDER: Weekday[] = [...WEEKDAYS.slice(1), WEEKDAYS[0]];

type Range = { start: unknown; end: unknown };

function DayEditor({ editor, day }: { editor: SettingsEditor; day: Weekday }) {
  const t = useText();
  const { weekdays } = useLocaleFormat();
  const path = `workingHours.days.${day}`;
  const raw = getDraftValue(editor.draft, path);
  const ranges: Range[] = Array.isArray(raw) ? (raw as Range[]) : [];
  const error = editor.errorFor(path);
  const name = weekdays[WEEKDAYS.indexOf(day)] ?? day;
  const errorId = `${day}-hours-error`;
  const set = (next: Range[]) => editor.change(path, next);
  return (
    <fieldset
      className={error ? 'day invalid' : 'day'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{name}</legend>
      {ranges.length === 0 && <p className="hint">{t('settings.hours.none')}</p>}
      {ranges.map((range, index) => (
        <div className="range" key={index}>
          <span className="range-part">
            {t('settings.hours.from')}
            <ClockTimeInput
              label={t('settings.hours.rangeStart', { day: name, number: index + 1 })}
              value={typeof range.start === 'string' ? range.start : ''}
              invalid={Boolean(error)}
              onChange={(next) =>
                set(ranges.map((r, i) => (i === index ? { ...r, start: next } : r)))
              }
            />
          </span>
          <span className="range-part">
            {t('settings.hours.to')}
            <ClockTimeInput
              label={t('settings.hours.rangeEnd', { day: name, number: index + 1 })}
              value={typeof range.end === 'string' ? range.end : ''}
              invalid={Boolean(error)}
              onChange={(next) =>
                set(ranges.map((r, i) => (i === index ? { ...r, end: next } : r)))
              }
            />
          </span>
          <button
            type="button"
            aria-label={t('settings.hours.removeRange', { day: name, number: index + 1 })}
            onClick={() => set(ranges.filter((_, i) => i !== index))}
          >
            {t('settings.hours.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set([...ranges, { start: '13:00', end: '17:00' }])}>
        {t('settings.hours.addRange', { day: name })}
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
  const t = useText();
  const { timesHint } = useLocaleFormat();
  return (
    <Section
      id="working-hours"
      title={t('settings.hours.title')}
      intro={t('settings.hours.intro')}
      editor={editor}
      resets="workingHours"
    >
      <Toggle editor={editor} path="workingHours.enabled" label={t('settings.hours.enabled')} />
      <DependentFields
        editor={editor}
        path="workingHours.enabled"
        legend={t('settings.hours.legend')}
        offNote={t('settings.hours.off')}
      >
        <p className="hint">{timesHint}</p>
        <div className="days">
          {ORDER.map((day) => (
            <DayEditor key={day} editor={editor} day={day} />
          ))}
        </div>
      </DependentFields>
    </Section>
  );
}
