import { useId, type ReactNode } from 'react';
import { getDraftValue, type SettingsEditor } from './use-settings';

/**
 * Fields that only matter while a switch is on: disabled while it is off, with a line
 * saying why, so nobody edits settings that do nothing.
 */
export function DependentFields({
  editor,
  path,
  legend,
  offNote,
  children,
}: {
  editor: SettingsEditor;
  /** The switch's dotted path. */
  path: string;
  legend: string;
  offNote: string;
  children: ReactNode;
}) {
  const id = useId();
  const on = getDraftValue(editor.draft, path) === true;
  return (
    <fieldset className="dependent" disabled={!on} aria-describedby={on ? undefined : `${id}-off`}>
      <legend>{legend}</legend>
      {!on && (
        <p className="hint" id={`${id}-off`}>
          {offNote}
        </p>
      )}
      {children}
    </fieldset>
  );
}
