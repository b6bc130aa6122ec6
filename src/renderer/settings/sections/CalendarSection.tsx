import { SelectField, TimeField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_OPTIONS: { value: number | 'locale'; label: string }[] = DAYS.map((label, value) => ({
  value,
  label,
}));

/** Launch at login, the first day of the week and when the weekly summary appears. */
export function CalendarSection({ editor }: { editor: SettingsEditor }) {
  return (
    <Section id="calendar" title="Start-up and week" editor={editor} resets="calendar">
      <Toggle editor={editor} path="launchAtLogin" label="Start Unknot when I log in" />
      <SelectField
        editor={editor}
        path="weekStartsOn"
        label="Weeks start on"
        options={[{ value: 'locale', label: 'As my system says' }, ...DAY_OPTIONS]}
      />
      <Toggle editor={editor} path="weeklySummary.enabled" label="Show a weekly summary" />
      <SelectField
        editor={editor}
        path="weeklySummary.weekday"
        label="Summary day"
        options={DAY_OPTIONS}
      />
      <TimeField
        editor={editor}
        path="weeklySummary.time"
        label="Summary time"
        hint="24-hour time, such as 09:00"
      />
    </Section>
  );
}
