import { useText } from '../../common/i18n/use-text';
import { DependentFields } from '../DependentFields';
import { SelectField, TimeField, Toggle } from '../fields';
import { useLocaleFormat } from '../locale-format';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

/** Launch at login, the first day of the week and when the weekly summary appears. */
export function CalendarSection({ editor }: { editor: SettingsEditor }) {
  const t = useText();
  const { weekdays } = useLocaleFormat();
  const days = weekdays.map((label, value) => ({ value, label }));
  return (
    <Section id="calendar" title={t('settings.calendar.title')} editor={editor} resets="calendar">
      <Toggle editor={editor} path="launchAtLogin" label={t('settings.calendar.launch')} />
      <SelectField<number | 'locale'>
        editor={editor}
        path="weekStartsOn"
        label={t('settings.calendar.weekStart')}
        options={[{ value: 'locale', label: t('settings.calendar.systemWeek') }, ...days]}
      />
      <Toggle editor={editor} path="weeklySummary.enabled" label={t('settings.calendar.summary')} />
      <DependentFields
        editor={editor}
        path="weeklySummary.enabled"
        legend={t('settings.calendar.summaryLegend')}
        offNote={t('settings.calendar.summaryOff')}
      >
        <SelectField
          editor={editor}
          path="weeklySummary.weekday"
          label={t('settings.calendar.summaryDay')}
          options={days}
        />
        <TimeField
          editor={editor}
          path="weeklySummary.time"
          label={t('settings.calendar.summaryTime')}
        />
      </DependentFields>
    </Section>
  );
}
