import type { ReactNode } from 'react';

/**
 * The card's main action, answered by Enter: use-shortcuts finds it by `data-primary`,
 * and it takes focus once the window has it, so Enter never lands on Skip.
 */
export function PrimaryButton({
  busy,
  onClick,
  children,
}: {
  busy: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="primary"
      data-primary
      autoFocus
      aria-keyshortcuts="Enter"
      disabled={busy}
      onClick={onClick}
    >
      {children} <kbd aria-hidden="true">Enter</kbd>
    </button>
  );
}
