import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import type { AppStatus } from '../../shared/domain';
import {
  buildTooltip,
  buildTrayMenu,
  type TrayAction,
  type TrayMenuItem,
} from '../../core/tray-menu';
import { drawTrayIcon, encodePng } from '../tray-icon';

const ICON_SIZE = 32;
/** The ring fills in steps, so the icon changes a few times per break, not every sample. */
const PROGRESS_STEPS = 8;

export interface TrayHandle {
  show(status: AppStatus, nowWall: number, progress: number): void;
  getTooltip(): string;
  destroy(): void;
}

function iconFor(step: number): NativeImage {
  const png = encodePng(
    drawTrayIcon({ size: ICON_SIZE, progress: step / PROGRESS_STEPS, color: [46, 125, 103] }),
    ICON_SIZE,
    ICON_SIZE,
  );
  return nativeImage.createFromBuffer(png, { scaleFactor: 2 });
}

function toMenu(items: TrayMenuItem[], onAction: (action: TrayAction) => void): Menu {
  return Menu.buildFromTemplate(
    items.map((item) =>
      item.type === 'separator'
        ? { type: 'separator' as const }
        : { label: item.label, enabled: item.enabled, click: () => onAction(item.action) },
    ),
  );
}

/** The tray icon: shows what core's status says; menu clicks go back as actions. */
export function createTray(onAction: (action: TrayAction) => void): TrayHandle {
  const icons = new Map<number, NativeImage>();
  const tray = new Tray(iconFor(0));
  let tooltip = 'Unknot';
  let lastMenu = '';
  let lastStep = 0;
  tray.setToolTip(tooltip);
  return {
    show(status, nowWall, progress) {
      const step = Math.round(Math.min(1, Math.max(0, progress)) * PROGRESS_STEPS);
      if (step !== lastStep) {
        if (!icons.has(step)) icons.set(step, iconFor(step));
        tray.setImage(icons.get(step) ?? iconFor(step));
        lastStep = step;
      }
      tooltip = buildTooltip(status, nowWall);
      tray.setToolTip(tooltip);
      const items = buildTrayMenu(status);
      const key = JSON.stringify(items);
      if (key !== lastMenu) {
        tray.setContextMenu(toMenu(items, onAction));
        lastMenu = key;
      }
    },
    getTooltip: () => tooltip,
    destroy: () => tray.destroy(),
  };
}
