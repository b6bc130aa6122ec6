import { globalShortcut } from 'electron';
import { getShortcutBindings, type ShortcutBinding } from '../../core/shortcuts';
import type { ShortcutRefusal, ShortcutSetting } from '../../shared/ipc-shortcuts';
import type { Settings } from '../../shared/settings/schema';
import type { TrayAction } from '../../core/tray-menu';

const SETTING_OF: Record<ShortcutBinding['action'], ShortcutSetting> = {
  breakNow: 'breakNow',
  pause60: 'pauseHour',
};

/** Registers one binding; what the OS said when it did not take it. */
function register(
  binding: ShortcutBinding,
  onAction: (action: TrayAction) => void,
): ShortcutRefusal | null {
  const refusal = (reason: ShortcutRefusal['reason']): ShortcutRefusal => ({
    setting: SETTING_OF[binding.action],
    accelerator: binding.accelerator,
    reason,
  });
  try {
    // register() answers false when another app or the system holds the combination.
    if (globalShortcut.register(binding.accelerator, () => onAction(binding.action))) return null;
    console.warn(`[shortcuts] ${binding.accelerator} is taken by another app; not registered`);
    return refusal('taken');
  } catch (error) {
    console.warn(`[shortcuts] ${binding.accelerator} is not a valid shortcut: ${String(error)}`);
    return refusal('invalid');
  }
}

/**
 * Registers the global shortcuts settings ask for, and re-registers them whenever
 * settings change. Only ours are ever unregistered. What the OS refused goes to
 * `refusals`, for the settings window. Returns the teardown.
 */
export function setupShortcuts(
  store: { settings: Settings; onChange(listener: (settings: Settings) => void): () => void },
  onAction: (action: TrayAction) => void,
  refusals?: { set(list: ShortcutRefusal[]): void },
): () => void {
  let registered: ShortcutBinding[] = [];
  let lastKey = '';
  const apply = (settings: Settings): void => {
    const bindings = getShortcutBindings(settings.shortcuts);
    const key = JSON.stringify(bindings);
    if (key === lastKey) return;
    lastKey = key;
    registered.forEach((binding) => globalShortcut.unregister(binding.accelerator));
    const refused: ShortcutRefusal[] = [];
    registered = bindings.filter((binding) => {
      const refusal = register(binding, onAction);
      if (refusal) refused.push(refusal);
      return refusal === null;
    });
    refusals?.set(refused);
  };
  apply(store.settings);
  const unsubscribe = store.onChange(apply);
  return () => {
    unsubscribe();
    registered.forEach((binding) => globalShortcut.unregister(binding.accelerator));
    registered = [];
  };
}
