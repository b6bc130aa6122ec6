import { useState } from 'react';
import { getProgrammeItem, planProgramme } from '../../../core/programme';
import { EXERCISES } from '../../../shared/exercises';
import { PRESSURE_PER_DAY, PRESSURE_SESSION_MAX_SECONDS } from '../../../shared/exercises/doses';
import type { UnknotApi } from '../../../shared/ipc';
import type { OwnExercise } from '../../../shared/programme/own-exercise';
import { PROGRAMME_SIZE, type ProgrammeSettings } from '../../../shared/programme/settings';
import { useSourceText, useText } from '../../common/i18n/use-text';
import type { SettingsEditor } from '../use-settings';
import { OwnExerciseForm } from './OwnExerciseForm';
import { ProgrammeFiles } from './ProgrammeFiles';

/** The numbers the left-out reasons name. */
const LIMITS = { perDay: PRESSURE_PER_DAY, minutes: PRESSURE_SESSION_MAX_SECONDS / 60 };

/**
 * "My programme": rotation or a fixed programme of 2–4 exercises (catalogue and own),
 * the person's own exercises, and the programme file. Self-contained: it needs the
 * settings editor and the API, nothing else of the settings window.
 */
export function ProgrammeSection({ editor, api }: { editor: SettingsEditor; api: UnknotApi }) {
  const t = useText();
  const source = useSourceText();
  const programme = editor.saved.programme;
  const [toAdd, setToAdd] = useState('');
  const [announce, setAnnounce] = useState('');
  // The moment the page opened: enough to say what today's safety rules leave out.
  const [openedAt] = useState(() => Date.now());
  const save = (next: ProgrammeSettings, message: string) => {
    editor.change('programme', next);
    setAnnounce(message);
  };
  // Own exercises are the person's words; the catalogue's names are translated by their English.
  const nameOf = (id: string) => {
    const item = getProgrammeItem(editor.saved, id);
    if (!item) return id;
    return item.own ? item.name : source(item.name);
  };
  const ids = programme.exerciseIds;
  const full = ids.length >= PROGRAMME_SIZE.max;
  const choices = [...EXERCISES, ...programme.own].filter((e) => !ids.includes(e.id));
  const { leftOut } = planProgramme({
    kind: 'posture',
    budgetSeconds: 0,
    settings: editor.saved,
    recent: [],
    now: openedAt,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const move = (index: number, by: number) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    save(
      { ...programme, exerciseIds: next },
      t('settings.programme.saidMoved', { name: nameOf(item), position: index + by + 1 }),
    );
  };
  const remove = (id: string) => {
    const next = ids.filter((item) => item !== id);
    // A programme too short to be fixed goes back to rotation rather than failing to save.
    const mode = next.length < PROGRAMME_SIZE.min ? 'rotation' : programme.mode;
    save(
      { ...programme, mode, exerciseIds: next },
      t('settings.programme.saidRemoved', { name: nameOf(id) }),
    );
  };
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = programme.own.find((e) => e.id === editingId);
  const addOwn = (exercise: OwnExercise) =>
    save(
      { ...programme, own: [...programme.own, exercise] },
      t('settings.programme.saidAdded', { name: exercise.name }),
    );
  // Edited in place: same id and place in the list, so the programme keeps it.
  const replaceOwn = (exercise: OwnExercise) => {
    const own = programme.own.map((e) => (e.id === exercise.id ? exercise : e));
    save({ ...programme, own }, t('settings.programme.saidSaved', { name: exercise.name }));
    setEditingId(null);
  };
  const removeOwn = (exercise: OwnExercise) => {
    const exerciseIds = ids.filter((id) => id !== exercise.id);
    const mode = exerciseIds.length < PROGRAMME_SIZE.min ? 'rotation' : programme.mode;
    const own = programme.own.filter((e) => e.id !== exercise.id);
    save({ mode, exerciseIds, own }, t('settings.programme.saidDeleted', { name: exercise.name }));
  };
  const modeError = editor.errorFor('programme.mode') ?? editor.errorFor('programme');

  return (
    <section id="programme" className="settings-section" aria-labelledby="programme-title">
      <h2 id="programme-title">{t('settings.programme.title')}</h2>
      <p className="intro">{t('settings.programme.intro', PROGRAMME_SIZE)}</p>
      <fieldset>
        <legend>{t('settings.programme.legend')}</legend>
        <div className="field toggle">
          <input
            id="programme-rotation"
            type="radio"
            name="programme-mode"
            checked={programme.mode === 'rotation'}
            onChange={() =>
              save({ ...programme, mode: 'rotation' }, t('settings.programme.saidRotation'))
            }
          />
          <label htmlFor="programme-rotation">{t('settings.programme.rotation')}</label>
        </div>
        <div className="field toggle">
          <input
            id="programme-fixed"
            type="radio"
            name="programme-mode"
            checked={programme.mode === 'fixed'}
            disabled={ids.length < PROGRAMME_SIZE.min}
            aria-describedby="programme-fixed-hint"
            onChange={() =>
              save({ ...programme, mode: 'fixed' }, t('settings.programme.saidFixed'))
            }
          />
          <label htmlFor="programme-fixed">{t('settings.programme.fixed')}</label>
          <p className="hint" id="programme-fixed-hint">
            {t('settings.programme.fixedHint', PROGRAMME_SIZE)}
          </p>
        </div>
        {modeError && <p className="field-error">{modeError}</p>}
      </fieldset>
      <h3 id="programme-list-title">{t('settings.programme.list')}</h3>
      {ids.length === 0 && <p className="hint">{t('settings.programme.empty')}</p>}
      <ol aria-labelledby="programme-list-title" className="programme-list">
        {ids.map((id, index) => {
          const out = leftOut.find((item) => item.exerciseId === id);
          return (
            <li key={id}>
              <span>{nameOf(id)}</span>
              {out && (
                <span className="hint">
                  {' '}
                  — {t('settings.programme.leftOut', { reason: out.reason, ...LIMITS })}
                </span>
              )}{' '}
              <button
                type="button"
                aria-label={t('settings.programme.moveUp', { name: nameOf(id) })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {t('settings.programme.up')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('settings.programme.moveDown', { name: nameOf(id) })}
                disabled={index === ids.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('settings.programme.down')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('settings.programme.removeNamed', { name: nameOf(id) })}
                onClick={() => remove(id)}
              >
                {t('settings.programme.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="field">
        <label htmlFor="programme-add">{t('settings.programme.toAdd')}</label>
        <select id="programme-add" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
          <option value="">{t('settings.programme.choose')}</option>
          {choices.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {nameOf(exercise.id)}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          disabled={full || toAdd === ''}
          onClick={() => {
            save(
              { ...programme, exerciseIds: [...ids, toAdd] },
              t('settings.programme.saidAdded', { name: nameOf(toAdd) }),
            );
            setToAdd('');
          }}
        >
          {t('settings.programme.add')}
        </button>
        {full && <p className="hint">{t('settings.programme.full', PROGRAMME_SIZE)}</p>}
      </div>
      <h3 id="own-list-title">{t('settings.programme.own')}</h3>
      {programme.own.length === 0 && <p className="hint">{t('settings.programme.ownEmpty')}</p>}
      <ul aria-labelledby="own-list-title">
        {programme.own.map((exercise) => (
          <li key={exercise.id}>
            <span>{exercise.name}</span>{' '}
            <button
              type="button"
              aria-label={t('settings.programme.editNamed', { name: exercise.name })}
              onClick={() => setEditingId(exercise.id)}
            >
              {t('settings.programme.edit')}
            </button>{' '}
            <button
              type="button"
              aria-label={t('settings.programme.deleteNamed', { name: exercise.name })}
              onClick={() => removeOwn(exercise)}
            >
              {t('settings.programme.delete')}
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <OwnExerciseForm
          key={editing.id}
          api={api}
          editing={editing}
          onAdd={replaceOwn}
          onCancel={() => setEditingId(null)}
        />
      ) : (
        <OwnExerciseForm api={api} onAdd={addOwn} />
      )}
      <ProgrammeFiles api={api} onImported={(settings) => editor.accept(settings)} />
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </section>
  );
}
