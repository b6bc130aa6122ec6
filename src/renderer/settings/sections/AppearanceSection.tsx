import { SelectField } from '../fields';
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
    </Section>
  );
}
