import { useId, useState } from 'react';
import { BODY_AREAS } from '../../../shared/exercises';
import type { UnknotApi } from '../../../shared/ipc';
import {
  getDoseLimits,
  ownExerciseSchema,
  type OwnExercise,
} from '../../../shared/programme/own-exercise';
import { describeSettingsIssue } from '../../../shared/settings/issue-text';
import { useMessageText, useText } from '../../common/i18n/use-text';

const KINDS = ['stretch', 'strength', 'movement', 'pressure'] as const;

/** "upper-back" as an ICU select key: "upperBack". */
const areaKey = (area: string): string =>
  area.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

const newId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `own-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};

interface Draft {
  name: string;
  steps: string;
  sides: 'one' | 'both';
  kind: OwnExercise['kind'];
  area: OwnExercise['area'];
  doseType: 'hold' | 'repetitions';
  amount: string;
  picture: string | null;
}

const EMPTY: Draft = {
  name: '',
  steps: '',
  sides: 'one',
  kind: 'stretch',
  area: 'neck',
  doseType: 'hold',
  amount: '30',
  picture: null,
};

/** An exercise as the form shows it, to edit it in place. */
const toDraft = (exercise: OwnExercise): Draft => ({
  name: exercise.name,
  steps: exercise.steps.join('\n'),
  sides: exercise.sides,
  kind: exercise.kind,
  area: exercise.area,
  doseType: exercise.dose.type,
  amount: String(exercise.dose.type === 'hold' ? exercise.dose.seconds : exercise.dose.count),
  picture: exercise.picture,
});

/**
 * The form for one own exercise; every field is checked with the schema main uses. With
 * `editing`, it edits that exercise in place (same id, so a programme keeps it).
 */
export function OwnExerciseForm({
  api,
  onAdd,
  editing,
  onCancel,
}: {
  api: UnknotApi;
  onAdd: (exercise: OwnExercise) => void;
  editing?: OwnExercise;
  onCancel?: () => void;
}) {
  const t = useText();
  const format = useMessageText();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => (editing ? toDraft(editing) : EMPTY));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pictureNote, setPictureNote] = useState('');
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const limits = getDoseLimits(draft.kind, draft.doseType);

  const add = () => {
    const amount = Number(draft.amount);
    const candidate = {
      ...(editing ? { equipment: editing.equipment } : {}),
      id: editing?.id ?? newId(),
      name: draft.name,
      steps: draft.steps.split('\n').filter((line) => line.trim() !== ''),
      sides: draft.sides,
      kind: draft.kind,
      area: draft.area,
      dose:
        draft.doseType === 'hold'
          ? { type: 'hold' as const, seconds: amount }
          : { type: 'repetitions' as const, count: amount },
      picture: draft.picture,
    };
    const parsed = ownExerciseSchema.safeParse(candidate);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'dose' ? 'amount' : String(issue.path[0] ?? '');
        found[key] ??= format(describeSettingsIssue(issue));
      }
      setErrors(found);
      return;
    }
    setErrors({});
    onAdd(parsed.data);
    setDraft(EMPTY);
    setPictureNote('');
  };

  const choosePicture = async () => {
    const choice = await api.chooseOwnPicture();
    if (!choice) return;
    if (choice.ok) {
      set({ picture: choice.picture });
      setPictureNote(t('settings.own.pictureAdded'));
    } else setPictureNote(format(choice.error));
  };

  const field = (key: string, label: string, control: (fieldId: string) => React.ReactNode) => {
    const fieldId = `${id}-${key}`;
    return (
      <div className={errors[key] ? 'field invalid' : 'field'}>
        <label htmlFor={fieldId}>{label}</label>
        {control(fieldId)}
        {errors[key] && (
          <p className="field-error" id={`${fieldId}-error`}>
            {errors[key]}
          </p>
        )}
      </div>
    );
  };
  const errorProps = (key: string) =>
    errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${key}-error` } : {};

  return (
    <fieldset className="own-exercise-form">
      <legend>
        {editing ? t('settings.own.editLegend', { name: editing.name }) : t('settings.own.legend')}
      </legend>
      {field('name', t('settings.own.name'), (fieldId) => (
        <input
          id={fieldId}
          value={draft.name}
          maxLength={80}
          onChange={(e) => set({ name: e.target.value })}
          {...errorProps('name')}
        />
      ))}
      {field('steps', t('settings.own.steps'), (fieldId) => (
        <textarea
          id={fieldId}
          rows={4}
          value={draft.steps}
          onChange={(e) => set({ steps: e.target.value })}
          {...errorProps('steps')}
        />
      ))}
      {field('kind', t('settings.own.kind'), (fieldId) => (
        <select
          id={fieldId}
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value as Draft['kind'] })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t('settings.own.kindOption', { kind })}
            </option>
          ))}
        </select>
      ))}
      {field('area', t('settings.own.area'), (fieldId) => (
        <select
          id={fieldId}
          value={draft.area}
          onChange={(e) => set({ area: e.target.value as Draft['area'] })}
        >
          {BODY_AREAS.map((area) => (
            <option key={area} value={area}>
              {t('settings.own.areaOption', { area: areaKey(area) })}
            </option>
          ))}
        </select>
      ))}
      {field('sides', t('settings.own.sides'), (fieldId) => (
        <select
          id={fieldId}
          value={draft.sides}
          onChange={(e) => set({ sides: e.target.value as Draft['sides'] })}
        >
          <option value="one">{t('settings.own.sidesOne')}</option>
          <option value="both">{t('settings.own.sidesBoth')}</option>
        </select>
      ))}
      {field('doseType', t('settings.own.dose'), (fieldId) => (
        <select
          id={fieldId}
          value={draft.doseType}
          onChange={(e) => set({ doseType: e.target.value as Draft['doseType'] })}
          {...errorProps('doseType')}
        >
          <option value="hold">{t('settings.own.doseHold')}</option>
          <option value="repetitions">{t('settings.own.doseRepetitions')}</option>
        </select>
      ))}
      {field(
        'amount',
        t('settings.own.amount', { unit: limits.unit, min: limits.min, max: limits.max }),
        (fieldId) => (
          <input
            id={fieldId}
            type="number"
            value={draft.amount}
            onChange={(e) => set({ amount: e.target.value })}
            {...errorProps('amount')}
          />
        ),
      )}
      <div className="field">
        <button type="button" onClick={() => void choosePicture()}>
          {t(draft.picture ? 'settings.own.chooseAnother' : 'settings.own.choosePicture')}
        </button>
        <p className="hint" role="status">
          {pictureNote}
        </p>
      </div>
      <button type="button" onClick={add}>
        {editing ? t('settings.own.saveChanges') : t('settings.own.add')}
      </button>
      {editing && onCancel && (
        <>
          {' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
    </fieldset>
  );
}
