import type { ShortcutRefusal } from '../shared/ipc-shortcuts';

/**
 * The shortcuts the OS refused at the last registration. platform/shortcuts.ts
 * writes it after each registration; the settings window reads and follows it.
 */
export interface ShortcutRefusalBoard {
  list(): ShortcutRefusal[];
  /** Replaces the whole list (one registration's outcome) and tells the listeners. */
  set(refusals: ShortcutRefusal[]): void;
  onChange(listener: (refusals: ShortcutRefusal[]) => void): () => void;
}

export function createShortcutRefusalBoard(): ShortcutRefusalBoard {
  let current: ShortcutRefusal[] = [];
  const listeners = new Set<(refusals: ShortcutRefusal[]) => void>();
  return {
    list: () => [...current],
    set(refusals) {
      if (JSON.stringify(refusals) === JSON.stringify(current)) return;
      current = [...refusals];
      listeners.forEach((listener) => listener([...current]));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
