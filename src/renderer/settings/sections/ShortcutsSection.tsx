import { useEffect, useState } from 'react';
import type { UnknotApi } from '../../../shared/ipc';
import type { ShortcutRefusal } from '../../../shared/ipc-shortcuts';
import { DependentFields } from '../DependentFields';
import { Toggle } from '../fields';
import { Section } from '../Section';
import { ShortcutRecorder } from '../ShortcutRecorder';
import type { SettingsEditor } from '../use-settings';
import { useText } from '../../common/i18n/use-text';

/** The shortcuts main could not register, following each registration. */
function useShortcutRefusals(api: UnknotApi): ShortcutRefusal[] {
  const [refusals, setRefusals] = useState<ShortcutRefusal[]>([]);
  useEffect(() => {
    let live = true;
    api.getShortcutRefusals().then(
      (list) => live && setRefusals(list),
      () => undefined,
    );
    const off = api.on('shortcutRefusals', setRefusals);
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return refusals;
}

/** Global keyboard shortcuts, off by default because they can clash with other apps. */
export function ShortcutsSection({ editor, api }: { editor: SettingsEditor; api: UnknotApi }) {
  const t = useText();
  const refusals = useShortcutRefusals(api);
  const refusalOf = (setting: ShortcutRefusal['setting']) =>
    refusals.find((refusal) => refusal.setting === setting);
  return (
    <Section
      id="shortcuts"
      title={t('settings.shortcuts.title')}
      intro={t('settings.shortcuts.intro')}
      editor={editor}
      resets="shortcuts"
    >
      <Toggle editor={editor} path="shortcuts.enabled" label={t('settings.shortcuts.enabled')} />
      <DependentFields
        editor={editor}
        path="shortcuts.enabled"
        legend={t('settings.shortcuts.legend')}
        offNote={t('settings.shortcuts.off')}
      >
        <ShortcutRecorder
          editor={editor}
          path="shortcuts.breakNow"
          label={t('settings.shortcuts.breakNow')}
          refusal={refusalOf('breakNow')}
        />
        <ShortcutRecorder
          editor={editor}
          path="shortcuts.pauseHour"
          label={t('settings.shortcuts.pauseHour')}
          refusal={refusalOf('pauseHour')}
        />
      </DependentFields>
    </Section>
  );
}
