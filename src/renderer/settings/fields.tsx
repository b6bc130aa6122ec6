import { useId, type ReactNode } from 'react';
import { ClockTimeInput } from './ClockTimeInput';
import { useLocaleFormat } from './locale-format';
import { getDraftValue, type SettingsEditor } from './use-settings';

interface FieldProps {
  editor: SettingsEditor;
  /** Dotted settings path, e.g. "breaks.postureEveryMinutes". */
  path: string;
  label: string;
  hint?: string;
}

/** Label, control, hint and the field's own validation message, tied together for AT. */
function FieldShell({
  id,
  label,
  hint,
  error,
  group,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control is a group of controls: its name is a text it points to, not a label. */
  group?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      {group ? (
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function NumberField({
  editor,
  path,
  label,
  hint,
  unit,
  step = 1,
  scale = 1,
  range,
}: FieldProps & {
  unit: string;
  step?: number;
  /** Shown value = stored value × scale. */ scale?: number;
  /** The schema's bounds, so the arrow keys stay inside them; the schema still checks. */
  range?: { min: number; max: number };
}) {
  const id = useId();
  const value = getDraftValue(editor.draft, path);
  const error = editor.errorFor(path);
  const shown =
    typeof value === 'number' && !Number.isNaN(value)
      ? String(Math.round(value * scale * 1000) / 1000)
      : '';
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <span className="with-unit">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step={step}
          min={range && range.min * scale}
          max={range && range.max * scale}
          value={shown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) =>
            editor.change(
              path,
              event.target.value === '' ? Number.NaN : Number(event.target.value) / scale,
            )
          }
        />
        <span aria-hidden="true">{unit}</span>
      </span>
    </FieldShell>
  );
}

/** A time in the format locale's 12- or 24-hour convention; the hint says which. */
export function TimeField({ editor, path, label, hint: ownHint }: FieldProps) {
  const id = useId();
  const format = useLocaleFormat();
  const hint = ownHint ?? format.timeHint;
  const value = getDraftValue(editor.draft, path);
  const error = editor.errorFor(path);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} group>
      <ClockTimeInput
        value={typeof value === 'string' ? value : ''}
        labelledBy={`${id}-label`}
        invalid={Boolean(error)}
        describedBy={describedBy(id, hint, error)}
        onChange={(next) => editor.change(path, next)}
      />
    </FieldShell>
  );
}

export function Toggle({ editor, path, label, hint }: FieldProps) {
  const id = useId();
  const value = getDraftValue(editor.draft, path);
  return (
    <div className="field toggle">
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => editor.change(path, event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function SelectField<T extends string | number>({
  editor,
  path,
  label,
  hint,
  options,
}: FieldProps & { options: readonly { value: T; label: string }[] }) {
  const id = useId();
  const value = getDraftValue(editor.draft, path);
  const error = editor.errorFor(path);
  const index = options.findIndex((option) => option.value === value);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        value={String(Math.max(0, index))}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => editor.change(path, options[Number(event.target.value)]?.value)}
      >
        {options.map((option, at) => (
          <option key={String(option.value)} value={String(at)}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
