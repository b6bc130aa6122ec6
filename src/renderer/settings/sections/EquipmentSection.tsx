import { EXERCISES } from '../../../shared/exercises';
import { Toggle } from '../fields';
import { Section } from '../Section';
import { getDraftValue, type SettingsEditor } from '../use-settings';

/** What the person owns, and which exercises Unknot may offer. */
export function EquipmentSection({ editor }: { editor: SettingsEditor }) {
  const raw = getDraftValue(editor.draft, 'exercises.disabled');
  const disabled = Array.isArray(raw) ? (raw as string[]) : [];
  const pressureAllowed = editor.saved.safety.pressureAllowed;
  const error = editor.errorFor('exercises.disabled');
  const setOn = (id: string, on: boolean) =>
    editor.change(
      'exercises.disabled',
      on ? disabled.filter((item) => item !== id) : [...disabled, id],
    );
  return (
    <Section
      id="equipment"
      title="Equipment and exercises"
      intro="Unknot only offers exercises you have the things for."
      editor={editor}
      resets="equipment"
    >
      <fieldset>
        <legend>What you have</legend>
        <Toggle
          editor={editor}
          path="equipment.ball"
          label="A firm ball (tennis or lacrosse ball)"
        />
        <Toggle editor={editor} path="equipment.wall" label="A free bit of wall" />
        <Toggle editor={editor} path="equipment.doorway" label="A doorway" />
        <Toggle editor={editor} path="equipment.chair" label="A sturdy chair" />
        <Toggle editor={editor} path="equipment.band" label="An elastic exercise band" />
        <Toggle editor={editor} path="equipment.foamRoller" label="A foam roller" />
      </fieldset>
      <fieldset aria-describedby={error ? 'exercises-error' : undefined}>
        <legend>Exercises</legend>
        {EXERCISES.map((exercise) => {
          const blocked = exercise.kind === 'pressure' && !pressureAllowed;
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
              <label htmlFor={id}>{exercise.name}</label>
              {blocked && (
                <p className="hint" id={`${id}-note`}>
                  Off for now: pressure exercises are off after your safety check.
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
