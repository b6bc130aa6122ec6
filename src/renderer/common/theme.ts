import { useEffect } from 'react';
import type { Settings } from '../../shared/settings/schema';
import type { UnknotApi } from '../../shared/ipc';

export type Theme = Settings['theme'];

/**
 * Applies the theme setting to the page: 'system' follows the OS (prefers-color-scheme),
 * 'light' and 'dark' override it (base.css reads `data-theme`).
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') {
    delete root.dataset.theme;
    root.style.colorScheme = 'light dark';
  } else {
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }
}

/** Applies the saved theme and follows every change pushed from main. */
export function useTheme(api: UnknotApi): void {
  useEffect(() => {
    let live = true;
    api.getSettings().then(
      (snapshot) => live && applyTheme(snapshot.settings.theme),
      // No theme is no reason to fail a window: the OS's scheme stays in use.
      () => undefined,
    );
    const off = api.on('settings', (settings) => applyTheme(settings.theme));
    return () => {
      live = false;
      off();
    };
  }, [api]);
}
