import { DependentFields } from '../DependentFields';
import { NumberField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';
import { useText } from '../../common/i18n/use-text';

/** The switch-sides cue during holds. */
export function SoundSection({ editor }: { editor: SettingsEditor }) {
  const t = useText();
  return (
    <Section id="sound" title={t('settings.sound.title')} editor={editor} resets="sound">
      <Toggle editor={editor} path="sound.enabled" label={t('settings.sound.enabled')} />
      <DependentFields
        editor={editor}
        path="sound.enabled"
        legend={t('settings.sound.legend')}
        offNote={t('settings.sound.off')}
      >
        <NumberField
          editor={editor}
          path="sound.volume"
          label={t('settings.sound.volume')}
          unit="%"
          scale={100}
          hint={t('settings.sound.volumeHint')}
        />
      </DependentFields>
    </Section>
  );
}
