import { NumberField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

/** The switch-sides cue during holds. */
export function SoundSection({ editor }: { editor: SettingsEditor }) {
  return (
    <Section id="sound" title="Sounds" editor={editor} resets="sound">
      <Toggle editor={editor} path="sound.enabled" label="Play a soft sound to switch sides" />
      <NumberField
        editor={editor}
        path="sound.volume"
        label="Volume"
        unit="%"
        scale={100}
        hint="0 to 100 %"
      />
    </Section>
  );
}
