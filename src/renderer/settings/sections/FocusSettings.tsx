import type { UnknotApi } from '../../../shared/ipc';
import { MAX_HOLD_MINUTES, STANDING_MINUTES, type Settings } from '../../../shared/settings/schema';
import { useText } from '../../common/i18n/use-text';
import { NumberField, SelectField } from '../fields';
import type { SettingsEditor } from '../use-settings';
import { FocusSourcesNotice } from './FocusSourcesNotice';

/**
 * Calls, presentations and do-not-disturb, and "I'm standing" (issue 15), on the Breaks
 * page: "Reset breaks" resets them too. Plain words label each field; the hint names the
 * engine's term and the schema's range.
 */
export function FocusSettings({ editor, api }: { editor: SettingsEditor; api: UnknotApi }) {
  const t = useText();
  const dndOptions: { value: Settings['focus']['dnd']; label: string }[] = [
    { value: 'hold', label: t('settings.focus.dndHold') },
    { value: 'quietNotice', label: t('settings.focus.dndQuiet') },
  ];
  return (
    <>
      <fieldset className="part">
        <legend>{t('settings.focus.legend')}</legend>
        <FocusSourcesNotice api={api} />
        <SelectField
          editor={editor}
          path="focus.dnd"
          label={t('settings.focus.dnd')}
          hint={t('settings.focus.dndHint')}
          options={dndOptions}
        />
        <NumberField
          editor={editor}
          path="focus.maxHoldMinutes"
          label={t('settings.focus.maxHold')}
          unit={t('settings.unit.minutes')}
          hint={t('settings.focus.maxHoldHint', MAX_HOLD_MINUTES)}
          range={MAX_HOLD_MINUTES}
        />
      </fieldset>
      <NumberField
        editor={editor}
        path="focus.standingMinutes"
        label={t('settings.focus.standing')}
        unit={t('settings.unit.minutes')}
        hint={t('settings.focus.standingHint', STANDING_MINUTES)}
        range={STANDING_MINUTES}
      />
    </>
  );
}
