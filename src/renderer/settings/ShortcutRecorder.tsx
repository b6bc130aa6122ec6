import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ShortcutRefusal } from '../../shared/ipc-shortcuts';
import { useText } from '../common/i18n/use-text';
import {
  describeAccelerator as describeInEnglish,
  getKeyboardOs,
  recordKeyPress,
  type KeyboardOs,
} from './accelerator';
import { getDraftValue, type SettingsEditor } from './use-settings';

/**
 * A global shortcut recorded by pressing it: focus the field and press the keys
 * together. Escape cancels, Backspace clears, Tab moves on as usual. What went wrong
 * (no modifier, a refused combination) shows under the field and in the live region.
 */
export function ShortcutRecorder({
  editor,
  path,
  label,
  refusal,
  os = getKeyboardOs(),
}: {
  editor: SettingsEditor;
  path: string;
  label: string;
  /** The OS's refusal of the saved combination, if it refused it. */
  refusal?: ShortcutRefusal;
  os?: KeyboardOs;
}) {
  const t = useText();
  const describeAccelerator = (accelerator: string, on: KeyboardOs) =>
    describeInEnglish(accelerator, on, (key) => t('settings.keys.name', { key }));
  const id = useId();
  const value = getDraftValue(editor.draft, path);
  const stored = typeof value === 'string' ? value : '';
  const [held, setHeld] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const error = editor.errorFor(path);
  const refused =
    refusal && refusal.accelerator === stored
      ? t(refusal.reason === 'taken' ? 'settings.shortcuts.taken' : 'settings.shortcuts.refused', {
          keys: describeAccelerator(refusal.accelerator, os),
        })
      : null;
  const { notify } = editor;
  useEffect(() => {
    if (refused) notify('failed', refused);
  }, [refused, notify]);

  const tell = (text: string) => {
    setNote(text);
    notify('invalid', text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Tab' && plain) return;
    event.preventDefault();
    // Escape cancels even halfway through a combination (modifiers still held).
    if (event.key === 'Escape') {
      setHeld(null);
      return tell(
        stored
          ? t('settings.shortcuts.cancelled', { keys: describeAccelerator(stored, os) })
          : t('settings.shortcuts.cancelledOff'),
      );
    }
    if (plain && !event.shiftKey && (event.key === 'Backspace' || event.key === 'Delete')) {
      setHeld(null);
      setNote(null);
      return editor.change(path, '');
    }
    const recorded = recordKeyPress(event, os);
    if (recorded.kind === 'modifiers') {
      return setHeld(recorded.modifiers.map((m) => describeAccelerator(m, os)).join('+'));
    }
    setHeld(null);
    if (recorded.kind === 'noModifier') {
      return tell(t('settings.shortcuts.noModifier', { os }));
    }
    if (recorded.kind === 'unusableKey') {
      return tell(t('settings.shortcuts.unusableKey', { key: recorded.key }));
    }
    setNote(null);
    editor.change(path, recorded.accelerator);
  };

  const shown =
    held !== null
      ? `${held}+…`
      : stored
        ? describeAccelerator(stored, os)
        : t('settings.shortcuts.none');
  const message = error ?? refused ?? note;
  const describedBy = [`${id}-hint`, message ? `${id}-message` : ''].filter(Boolean).join(' ');
  return (
    <div className={error || refused ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="shortcut-recorder"
        type="text"
        readOnly
        value={shown}
        aria-invalid={error || refused ? true : undefined}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (!event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey) setHeld(null);
        }}
        onBlur={() => setHeld(null)}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('settings.shortcuts.hint')}
      </p>
      {message && (
        <p className={error || refused ? 'field-error' : 'hint'} id={`${id}-message`}>
          {message}
        </p>
      )}
    </div>
  );
}
