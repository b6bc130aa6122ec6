import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { IdleReader } from '../../../src/main/platform/idle';
import { createMainServices } from '../../../src/main/services';
import { message } from '../../../src/shared/i18n/message';
import { createRecordingShell } from '../../support/recording-shell';
import { tempDirPerTest } from '../../support/temp-dir';

// The tray as Electron would draw it: the last menu set on it, as its template.
const shown = vi.hoisted(() => ({ menus: [] as MenuItemConstructorOptions[][] }));
const fakes = vi.hoisted(() => {
  class Tray {
    setToolTip(): void {}
    setImage(): void {}
    setContextMenu(menu: { template: MenuItemConstructorOptions[] }): void {
      shown.menus.push(menu.template);
    }
    destroy(): void {}
  }
  return {
    Tray,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({
        template,
        getMenuItemById: () => null,
      }),
    },
    nativeImage: {
      createEmpty: () => ({
        addRepresentation: () => undefined,
        setTemplateImage: () => undefined,
      }),
    },
    nativeTheme: { on: () => undefined, off: () => undefined, shouldUseDarkColors: false },
  };
});
// The stand-in electron (electron-store needs its app paths) plus a tray that records.
vi.mock('electron', async (importOriginal) => {
  const standIn = await importOriginal<Record<string, unknown>>();
  const merged = { ...standIn, ...fakes };
  return { ...merged, default: merged };
});
const { setupTray } = await import('../../../src/main/setup-tray');

const tempDir = tempDirPerTest();
const idle: IdleReader = {
  refresh: () => Promise.resolve(),
  read: () => 0,
  getSource: () => null,
  isUnavailable: () => false,
};

describe('the tray while a problem with the data stands', () => {
  it('puts the problem line at the top of the menu, and takes it away once it is solved', () => {
    const services = createMainServices({
      dataDir: tempDir(),
      timeZone: 'UTC',
      shell: createRecordingShell().ports,
    });
    const tray = setupTray({ services: () => services, dispatch: () => undefined, idle });
    tray.followProblems(services.problems, () => services.controller.getStatus());
    tray.showTray(services.controller.getStatus());
    const labels = () => (shown.menus.at(-1) ?? []).map((item) => item.label);
    const problemLine = '⚠ A problem with your data — see Settings';
    expect(labels()).not.toContain(problemLine);

    services.problems.report({
      key: 'write:log',
      message: message('data.write.log', { cause: message('data.cause.diskFull') }),
      kept: message('data.write.kept', { count: 1 }),
      action: message('data.write.action'),
    });
    // A line of text, not an item to click, above everything else.
    expect(shown.menus.at(-1)?.[0]).toEqual({ label: problemLine, enabled: false });
    expect(tray.tray.getMenu()[0]).toEqual({ type: 'label', label: problemLine });

    services.problems.report({
      key: 'tension:unreadable',
      message: message('data.tension.unreadable', {
        file: 'tension.json',
        cause: message('data.cause.wrongKind'),
      }),
      kept: message('data.tension.unreadableKept'),
      action: message('data.action.unreadable', { file: 'tension.json' }),
    });
    expect(labels()[0]).toBe('⚠ 2 problems with your data — see Settings');

    services.problems.resolve('write:log');
    expect(labels()[0]).toBe(problemLine);
    services.problems.resolve('tension:unreadable');
    expect(labels().filter((label) => label?.startsWith('⚠'))).toEqual([]);
    expect(labels()).toContain('Take a break now');
  });
});
