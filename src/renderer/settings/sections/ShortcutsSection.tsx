import { TextField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

/** Global keyboard shortcuts, off by default because they can clash with other apps. */
export function ShortcutsSection({ editor }: { editor: SettingsEditor }) {
  return (
    <Section
      id="shortcuts"
      title="Shortcuts"
      intro="Global shortcuts work in every app. Write them like CommandOrControl+Alt+B."
      editor={editor}
      resets="shortcuts"
    >
      <Toggle editor={editor} path="shortcuts.enabled" label="Use global shortcuts" />
      <TextField editor={editor} path="shortcuts.breakNow" label="Take a break now" />
      <TextField editor={editor} path="shortcuts.pauseHour" label="Pause for an hour" />
    </Section>
  );
}
