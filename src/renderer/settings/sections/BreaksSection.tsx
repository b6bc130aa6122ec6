import type { ReactNode } from 'react';
import { NumberField, Toggle } from '../fields';
import { Section } from '../Section';
import type { SettingsEditor } from '../use-settings';
import { useText } from '../../common/i18n/use-text';

/**
 * Break intervals and lengths, the notice, natural breaks, snoozing and strict mode.
 * Labels say what happens in plain words; the hint names the engine's term for it.
 * `children`: more of what "Reset breaks" resets, before its button.
 */
export function BreaksSection({
  editor,
  children,
}: {
  editor: SettingsEditor;
  children?: ReactNode;
}) {
  const t = useText();
  return (
    <Section id="breaks" title={t('settings.breaks.title')} editor={editor} resets="breaks">
      <NumberField
        editor={editor}
        path="breaks.postureEveryMinutes"
        label={t('settings.breaks.postureEvery')}
        unit={t('settings.unit.minutes')}
        hint={t('settings.breaks.postureEveryHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.postureSeconds"
        label={t('settings.breaks.postureLength')}
        unit={t('settings.unit.seconds')}
        hint={t('settings.breaks.postureLengthHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.movementEveryMinutes"
        label={t('settings.breaks.movementEvery')}
        unit={t('settings.unit.minutes')}
        hint={t('settings.breaks.movementEveryHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.movementMinutes"
        label={t('settings.breaks.movementLength')}
        unit={t('settings.unit.minutes')}
        hint={t('settings.breaks.movementLengthHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.noticeLeadSeconds"
        label={t('settings.breaks.noticeLead')}
        unit={t('settings.unit.seconds')}
        hint={t('settings.breaks.noticeLeadHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.naturalBreakMinutes"
        label={t('settings.breaks.natural')}
        unit={t('settings.unit.minutes')}
        hint={t('settings.breaks.naturalHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.typingPauseSeconds"
        label={t('settings.breaks.typingPause')}
        unit={t('settings.unit.seconds')}
        hint={t('settings.breaks.typingPauseHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.graceSeconds"
        label={t('settings.breaks.grace')}
        unit={t('settings.unit.seconds')}
        hint={t('settings.breaks.graceHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.missedAfterMinutes"
        label={t('settings.breaks.missedAfter')}
        unit={t('settings.unit.minutes')}
        hint={t('settings.breaks.missedAfterHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.snoozeMinutes"
        label={t('settings.breaks.snooze')}
        unit={t('settings.unit.minutes')}
        hint={t('settings.breaks.snoozeHint')}
      />
      <NumberField
        editor={editor}
        path="breaks.snoozeLimit"
        label={t('settings.breaks.snoozeLimit')}
        unit={t('settings.unit.snoozes')}
        hint={t('settings.breaks.snoozeLimitHint')}
      />
      <Toggle
        editor={editor}
        path="breaks.strict"
        label={t('settings.breaks.strict')}
        hint={t('settings.breaks.strictHint')}
      />
      {children}
    </Section>
  );
}
