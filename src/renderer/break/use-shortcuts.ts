import { useEffect, useRef } from 'react';

export interface Shortcuts {
  /** Space: pause or resume. */
  onSpace?: () => void;
  /** Enter: the card's primary action. */
  onEnter?: () => void;
  /** Escape: snooze. */
  onEscape?: () => void;
}

const CONTROLS = 'button, a[href], input, select, textarea, summary, [role="button"]';

/**
 * Space, Enter and Escape for the whole window. A focused control other than the
 * primary button keeps its own meaning for Space and Enter (so a focused "Skip" is
 * only ever pressed on purpose); Enter on the primary button is its own click.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const control = target?.closest(CONTROLS) ?? null;
      const onPrimary = control?.hasAttribute('data-primary') ?? false;
      const { onSpace, onEnter, onEscape } = latest.current;
      if (event.key === ' ' && onSpace && (!control || onPrimary)) {
        event.preventDefault();
        onSpace();
      } else if (event.key === 'Enter' && onEnter && !control) {
        event.preventDefault();
        onEnter();
      } else if (event.key === 'Escape' && onEscape) {
        event.preventDefault();
        onEscape();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
