import {
  Menu,
  Tray,
  nativeImage,
  nativeTheme,
  type MenuItemConstructorOptions,
  type NativeImage,
} from 'electron';
import type { AppStatus } from '../../shared/domain';
import {
  buildTooltip,
  buildTrayMenu,
  formatTrayMenu,
  getTrayIconKey,
  getTrayIconState,
  type TrayAction,
  type TrayIconState,
  type TrayMenuExtras,
  type TrayMenuItem,
} from '../../core/tray-menu';
import { renderTrayIconPng, type TrayIconVariant } from '../tray-icon';
import { getTrayIconVariant } from '../tray-icon-variant';
import { formatLines, formatText } from '../i18n';

export interface TrayView {
  status: AppStatus;
  nowWall: number;
  extras: TrayMenuExtras;
  idleUnavailable: boolean;
}

export interface TrayHandle {
  show(view: TrayView): void;
  getTooltip(): string;
  /** The menu model last shown, labels in words, for the end-to-end spec. */
  getMenu(): TrayMenuItem<string>[];
  /** Clicks an item of the real Electron menu, as a person would; false if absent or disabled. */
  clickMenuItem(action: TrayAction): boolean;
  getIconKey(): string;
  destroy(): void;
}

/** The ink for the panel the icon sits on (GNOME's bar is always dark; Windows' taskbar has its own theme). */
function currentVariant(): TrayIconVariant {
  return getTrayIconVariant({
    platform: process.platform,
    desktop: process.env.XDG_CURRENT_DESKTOP,
    darkApps: nativeTheme.shouldUseDarkColors,
    darkSystemUi: nativeTheme.shouldUseDarkColorsForSystemIntegratedUI,
  });
}

/** 16 px with a 32 px @2x rendition; Linux panels get 32 px at 1x (they scale down). */
function iconImage(state: TrayIconState, variant: TrayIconVariant): NativeImage {
  const image = nativeImage.createEmpty();
  if (process.platform === 'linux') {
    image.addRepresentation({
      scaleFactor: 1,
      buffer: renderTrayIconPng({ size: 32, state, variant }),
    });
  } else {
    image.addRepresentation({
      scaleFactor: 1,
      buffer: renderTrayIconPng({ size: 16, state, variant }),
    });
    image.addRepresentation({
      scaleFactor: 2,
      buffer: renderTrayIconPng({ size: 32, state, variant }),
    });
  }
  if (variant === 'template') image.setTemplateImage(true);
  return image;
}

function toTemplate(
  items: TrayMenuItem<string>[],
  onAction: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { label: item.label, enabled: false };
      case 'submenu':
        return {
          label: item.label,
          enabled: item.enabled,
          submenu: toTemplate(item.items, onAction),
        };
      case 'action':
        return {
          id: item.action,
          label: item.label,
          enabled: item.enabled,
          ...(item.checked === undefined ? {} : { type: 'checkbox', checked: item.checked }),
          click: () => onAction(item.action),
        };
    }
  });
}

/** The tray icon: shows what core's status says; menu clicks go back as actions. */
export function createTray(onAction: (action: TrayAction) => void): TrayHandle {
  const icons = new Map<string, NativeImage>();
  const initial: TrayIconState = { kind: 'progress', step: 0 };
  const tray = new Tray(iconImage(initial, currentVariant()));
  let tooltip = 'Unknot';
  let menu: TrayMenuItem<string>[] = [];
  let electronMenu: Menu | null = null;
  let menuKey = '';
  let iconKey = '';
  let lastState: TrayIconState = initial;
  tray.setToolTip(tooltip);

  const setIcon = (state: TrayIconState): void => {
    const variant = currentVariant();
    const key = `${getTrayIconKey(state)}-${variant}`;
    if (key === iconKey) return;
    let image = icons.get(key);
    if (!image) {
      image = iconImage(state, variant);
      icons.set(key, image);
    }
    tray.setImage(image);
    iconKey = key;
    lastState = state;
  };
  const onTheme = (): void => setIcon(lastState);
  nativeTheme.on('updated', onTheme);

  return {
    show({ status, nowWall, extras, idleUnavailable }) {
      setIcon(getTrayIconState(status, nowWall));
      tooltip = formatLines(buildTooltip(status, nowWall, { idleUnavailable }));
      tray.setToolTip(tooltip);
      const items = formatTrayMenu(buildTrayMenu(status, extras), formatText);
      const key = JSON.stringify(items);
      if (key !== menuKey) {
        electronMenu = Menu.buildFromTemplate(toTemplate(items, onAction));
        tray.setContextMenu(electronMenu);
        menu = items;
        menuKey = key;
      }
    },
    getTooltip: () => tooltip,
    getMenu: () => menu,
    clickMenuItem(action) {
      const item = electronMenu?.getMenuItemById(action);
      if (!item?.enabled) return false;
      (item.click as () => void)();
      return true;
    },
    getIconKey: () => iconKey,
    destroy: () => {
      nativeTheme.off('updated', onTheme);
      tray.destroy();
    },
  };
}
