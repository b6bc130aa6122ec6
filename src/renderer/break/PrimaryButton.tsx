import type { ReactNode } from 'react';
import { useText } from '../common/i18n/use-text';

/**
 * The card's main action, answered by Enter: use-shortcuts finds it by `data-primary`,
 * and it takes focus once the window has it, so Enter never lands on Skip. While
 * `unavailable`, it keeps focus but does nothing, and `describedBy` says why.
 */
export function PrimaryButton({
  busy,
  onClick,
  children,
  unavailable = false,
  describedBy,
}: {
  busy: boolean;
  onClick: () => void;
  children: ReactNode;
  unavailable?: boolean;
  describedBy?: string;
}) {
  const t = useText();
  return (
    <button
      type="button"
      className="primary"
      data-primary
      autoFocus
      aria-keyshortcuts="Enter"
      aria-disabled={unavailable || undefined}
      aria-describedby={describedBy}
      disabled={busy}
      onClick={unavailable ? undefined : onClick}
    >
      {children} <kbd aria-hidden="true">{t('key.enter')}</kbd>
    </button>
  );
}
