import type { ReactNode } from 'react';
import type { SettingsSection } from '../../shared/settings/schema';
import { useText } from '../common/i18n/use-text';
import type { SettingsEditor } from './use-settings';

/**
 * One settings page: its heading (where focus lands when the page is opened), its
 * fields and its own reset button.
 */
export function Section({
  id,
  title,
  intro,
  editor,
  resets,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  editor?: SettingsEditor;
  /** The section reset by "Reset … to defaults"; none for sections without settings. */
  resets?: SettingsSection;
  children: ReactNode;
}) {
  const t = useText();
  return (
    <section id={id} className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p className="intro">{intro}</p>}
      {children}
      {editor && resets && (
        <button type="button" className="reset" onClick={() => void editor.reset(resets)}>
          {t('settings.reset', { section: resets })}
        </button>
      )}
    </section>
  );
}
