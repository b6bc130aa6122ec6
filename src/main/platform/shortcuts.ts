import { globalShortcut } from 'electron';
import { getShortcutBindings, type ShortcutBinding } from '../../core/shortcuts';
import type { Settings } from '../../shared/settings/schema';
import type { TrayAction } from '../../core/tray-menu';

/**
 * Registers the global shortcuts settings ask for, and re-registers them whenever
 * settings change. Only ours are ever unregistered. Returns the teardown.
 */
export function setupShortcuts(
  store: { settings: Settings; onChange(listener: (settings: Settings) => void): () => void },
  onAction: (action: TrayAction) => void,
): () => void {
  let registered: ShortcutBinding[] = [];
  let lastKey = '';
  const apply = (settings: Settings): void => {
    const bindings = getShortcutBindings(settings.shortcuts);
    const key = JSON.stringify(bindings);
    if (key === lastKey) return;
    lastKey = key;
    registered.forEach((binding) => globalShortcut.unregister(binding.accelerator));
    registered = bindings.filter((binding) => {
      try {
        if (globalShortcut.register(binding.accelerator, () => onAction(binding.action)))
          return true;
        console.warn(`[shortcuts] ${binding.accelerator} is taken by another app; not registered`);
      } catch (error) {
        console.warn(
          `[shortcuts] ${binding.accelerator} is not a valid shortcut: ${String(error)}`,
        );
      }
      return false;
    });
  };
  apply(store.settings);
  const unsubscribe = store.onChange(apply);
  return () => {
    unsubscribe();
    registered.forEach((binding) => globalShortcut.unregister(binding.accelerator));
    registered = [];
  };
}
