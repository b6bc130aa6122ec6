import { describe, expect, it } from 'vitest';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { getShortcutBindings } from '../../../src/core/shortcuts';

const defaults = getDefaultSettings().shortcuts;

describe('global shortcut bindings', () => {
  it('binds nothing by default: global shortcuts can clash with other apps', () => {
    expect(defaults.enabled).toBe(false);
    expect(getShortcutBindings(defaults)).toEqual([]);
  });

  it('binds break-now and pause-one-hour once turned on', () => {
    expect(getShortcutBindings({ ...defaults, enabled: true })).toEqual([
      { accelerator: 'CommandOrControl+Alt+B', action: 'breakNow' },
      { accelerator: 'CommandOrControl+Alt+P', action: 'pause60' },
    ]);
  });

  it('skips an empty accelerator and binds a duplicate only once', () => {
    expect(getShortcutBindings({ enabled: true, breakNow: '  ', pauseHour: 'Alt+P' })).toEqual([
      { accelerator: 'Alt+P', action: 'pause60' },
    ]);
    expect(getShortcutBindings({ enabled: true, breakNow: 'Alt+P', pauseHour: 'alt+p' })).toEqual([
      { accelerator: 'Alt+P', action: 'breakNow' },
    ]);
  });
});
