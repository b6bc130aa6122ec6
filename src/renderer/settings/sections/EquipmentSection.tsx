import { useState } from 'react';
import { getPressureStatus } from '../../../core/safety-status';
import { EXERCISES } from '../../../shared/exercises';
import { useSourceText, useText } from '../../common/i18n/use-text';
import { Toggle } from '../fields';
import { Section } from '../Section';
import { getDraftValue, type SettingsEditor } from '../use-settings';

/** What the person owns, and which exercises Unknot may offer. */
export function EquipmentSection({ editor }: { editor: SettingsEditor }) {
  const t = useText();
  const source = useSourceText();
  const raw = getDraftValue(editor.draft, 'exercises.disabled');
  const disabled = Array.isArray(raw) ? (raw as string[]) : [];
  // When the window opened, as the Safety page reads it.
  const [openedAt] = useState(() => Date.now());
  // Why a pressure exercise is not offered, true to the fail-closed rule; null when it is.
  const pressure = getPressureStatus(editor.saved, openedAt).state;
  const pressureNote =
    pressure === 'on' ? null : t('settings.equipment.pressureOff', { state: pressure });
  const error = editor.errorFor('exercises.disabled');
  const setOn = (id: string, on: boolean) =>
    editor.change(
      'exercises.disabled',
      on ? disabled.filter((item) => item !== id) : [...disabled, id],
    );
  return (
    <Section
      id="equipment"
      title={t('settings.equipment.title')}
      editor={editor}
      resets="equipment"
    >
      <fieldset>
        <legend>{t('settings.equipment.legend')}</legend>
        <Toggle editor={editor} path="equipment.ball" label={t('settings.equipment.ball')} />
        <Toggle editor={editor} path="equipment.wall" label={t('settings.equipment.wall')} />
        <Toggle editor={editor} path="equipment.doorway" label={t('settings.equipment.doorway')} />
        <Toggle editor={editor} path="equipment.chair" label={t('settings.equipment.chair')} />
        <Toggle editor={editor} path="equipment.band" label={t('settings.equipment.band')} />
        <Toggle
          editor={editor}
          path="equipment.foamRoller"
          label={t('settings.equipment.foamRoller')}
        />
        <p className="hint">{t('settings.equipment.hint')}</p>
      </fieldset>
      <fieldset aria-describedby={error ? 'exercises-error' : undefined}>
        <legend>{t('settings.equipment.exercises')}</legend>
        {EXERCISES.map((exercise) => {
          const blocked = exercise.kind === 'pressure' && pressureNote !== null;
          const id = `exercise-${exercise.id}`;
          return (
            <div className="field toggle" key={exercise.id}>
              <input
                id={id}
                type="checkbox"
                checked={!disabled.includes(exercise.id)}
                aria-describedby={blocked ? `${id}-note` : undefined}
                onChange={(event) => setOn(exercise.id, event.target.checked)}
              />
              <label htmlFor={id}>{source(exercise.name)}</label>
              {blocked && (
                <p className="hint" id={`${id}-note`}>
                  {pressureNote}
                </p>
              )}
            </div>
          );
        })}
        {error && (
          <p className="field-error" id="exercises-error">
            {error}
          </p>
        )}
      </fieldset>
    </Section>
  );
}
