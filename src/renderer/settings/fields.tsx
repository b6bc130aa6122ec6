import { useId, useState, type ReactNode } from 'react';
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
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
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
}: FieldProps & {
  unit: string;
  step?: number;
  /** Shown value = stored value × scale. */ scale?: number;
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

/**
 * A text field that applies on leaving it or on Enter: a shortcut typed key by key must
 * not be applied (and registered) halfway, e.g. "CommandOrControl+A" on the way to "…+Alt+B".
 */
export function TextField({
  editor,
  path,
  label,
  hint = 'Applied when you leave the field or press Enter',
}: FieldProps) {
  const id = useId();
  const value = getDraftValue(editor.draft, path);
  const stored = typeof value === 'string' ? value : '';
  const [text, setText] = useState(stored);
  const [shown, setShown] = useState(stored);
  // Follow the draft when it changes from outside (a reset), keeping what is being typed.
  if (stored !== shown) {
    setShown(stored);
    setText(stored);
  }
  const error = editor.errorFor(path);
  const commit = () => {
    if (text !== stored) editor.change(path, text);
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </FieldShell>
  );
}

export function TimeField({ editor, path, label, hint }: FieldProps) {
  const id = useId();
  const value = getDraftValue(editor.draft, path);
  const error = editor.errorFor(path);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="time"
        value={typeof value === 'string' ? value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => editor.change(path, event.target.value)}
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
