import { LanguageField } from '../../common/LanguageField';
import { SelectField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';
import { useText } from '../../common/i18n/use-text';

/** `dimSupported` false: the overlay cannot dim on this desktop, so it is not offered. */
export function AppearanceSection({
  editor,
  dimSupported = true,
}: {
  editor: SettingsEditor;
  dimSupported?: boolean;
}) {
  const t = useText();
  return (
    <Section
      id="appearance"
      title={t('settings.appearance.title')}
      editor={editor}
      resets="appearance"
    >
      <SelectField
        editor={editor}
        path="theme"
        label={t('settings.appearance.theme')}
        options={[
          { value: 'system', label: t('settings.appearance.system') },
          { value: 'light', label: t('settings.appearance.light') },
          { value: 'dark', label: t('settings.appearance.dark') },
        ]}
      />
      <LanguageField
        value={editor.saved.language}
        onChange={(next) => editor.change('language', next)}
      />
      {dimSupported && (
        <Toggle
          editor={editor}
          path="dimOtherDisplays"
          label={t('settings.appearance.dim')}
          hint={t('settings.appearance.dimHint')}
        />
      )}
    </Section>
  );
}
