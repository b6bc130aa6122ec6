import { NumberField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';

/** Break intervals and lengths, the notice, natural breaks, snoozing and strict mode. */
export function BreaksSection({ editor }: { editor: SettingsEditor }) {
  return (
    <Section
      id="breaks"
      title="Breaks"
      intro="A short posture break every 20 to 30 minutes of sitting suits most people."
      editor={editor}
      resets="breaks"
    >
      <NumberField
        editor={editor}
        path="breaks.postureEveryMinutes"
        label="Posture break after sitting for"
        unit="minutes"
        hint="20 to 60 minutes"
      />
      <NumberField
        editor={editor}
        path="breaks.postureSeconds"
        label="Posture break length"
        unit="seconds"
        hint="30 to 90 seconds"
      />
      <NumberField
        editor={editor}
        path="breaks.movementEveryMinutes"
        label="Movement break after sitting for"
        unit="minutes"
        hint="30 to 120 minutes"
      />
      <NumberField
        editor={editor}
        path="breaks.movementMinutes"
        label="Movement break length"
        unit="minutes"
        hint="3 to 5 minutes of walking"
      />
      <NumberField
        editor={editor}
        path="breaks.noticeLeadSeconds"
        label="Notice before a break"
        unit="seconds"
        hint="0 to 300 seconds"
      />
      <NumberField
        editor={editor}
        path="breaks.naturalBreakMinutes"
        label="Time away that counts as a break"
        unit="minutes"
        hint="1 to 15 minutes"
      />
      <NumberField
        editor={editor}
        path="breaks.typingPauseSeconds"
        label="Wait for a pause in typing of"
        unit="seconds"
        hint="1 to 10 seconds"
      />
      <NumberField
        editor={editor}
        path="breaks.graceSeconds"
        label="Grace period before a break"
        unit="seconds"
        hint="0 to 120 seconds"
      />
      <NumberField
        editor={editor}
        path="breaks.missedAfterMinutes"
        label="A break counts as missed after"
        unit="minutes"
        hint="1 to 60 minutes"
      />
      <NumberField
        editor={editor}
        path="breaks.snoozeMinutes"
        label="Snooze for"
        unit="minutes"
        hint="1 to 30 minutes"
      />
      <NumberField
        editor={editor}
        path="breaks.snoozeLimit"
        label="Snoozes allowed in a row"
        unit="snoozes"
        hint="0 to 5"
      />
      <Toggle
        editor={editor}
        path="breaks.strict"
        label="Strict mode"
        hint="No skip button; snoozes still follow the limit above."
      />
    </Section>
  );
}
