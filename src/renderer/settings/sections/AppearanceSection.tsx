import { SelectField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

export function AppearanceSection({ editor }: { editor: SettingsEditor }) {
  return (
    <Section id="appearance" title="Appearance" editor={editor} resets="appearance">
      <SelectField
        editor={editor}
        path="theme"
        label="Theme"
        options={[
          { value: 'system', label: 'Same as the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
      />
      <Toggle
        editor={editor}
        path="dimOtherDisplays"
        label="Dim other displays during a break"
        hint="With several monitors, the break appears on the one with the pointer."
      />
    </Section>
  );
}
