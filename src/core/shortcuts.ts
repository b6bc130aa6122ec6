import type { Settings } from '../shared/settings/schema';
import type { TrayAction } from './tray-menu';

export interface ShortcutBinding {
  accelerator: string;
  action: Extract<TrayAction, 'breakNow' | 'pause60'>;
}

/**
 * The global shortcuts to register: none unless the person turned them on (they can
 * clash with other apps), empty accelerators skipped, a duplicate bound once.
 */
export function getShortcutBindings(shortcuts: Settings['shortcuts']): ShortcutBinding[] {
  if (!shortcuts.enabled) return [];
  const wanted: ShortcutBinding[] = [
    { accelerator: shortcuts.breakNow.trim(), action: 'breakNow' },
    { accelerator: shortcuts.pauseHour.trim(), action: 'pause60' },
  ];
  const seen = new Set<string>();
  return wanted.filter((binding) => {
    const key = binding.accelerator.toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
