import { EventEmitter } from 'node:events';
import type { Menu } from './menu';
import { NativeImage } from './native-image';
import type { LikeElectron } from './typing';

const trays = new Set<Tray>();

type Member =
  | 'setImage'
  | 'setToolTip'
  | 'setContextMenu'
  | 'setTitle'
  | 'destroy'
  | 'isDestroyed'
  | 'popUpContextMenu';

/** The tray icon: records image, tooltip and menu; the control channel clicks its items. */
export class Tray extends EventEmitter implements LikeElectron<Electron.Tray, Member> {
  static all(): Tray[] {
    return [...trays];
  }

  image: NativeImage | string;
  tooltip = '';
  title = '';
  menu: Menu | null = null;
  private destroyed = false;

  constructor(image: Electron.NativeImage | NativeImage | string) {
    super();
    this.image = image as NativeImage | string;
    trays.add(this);
  }

  setImage(image: Electron.NativeImage | NativeImage | string): void {
    this.image = image as NativeImage | string;
  }

  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }

  setTitle(title: string): void {
    this.title = title;
  }

  setContextMenu(menu: Electron.Menu | Menu | null): void {
    this.menu = menu as Menu | null;
  }

  popUpContextMenu(): void {
    this.emit('right-click');
  }

  destroy(): void {
    this.destroyed = true;
    trays.delete(this);
  }

  isDestroyed = (): boolean => this.destroyed;

  describe(): Record<string, unknown> {
    return {
      tooltip: this.tooltip,
      title: this.title,
      image: this.image instanceof NativeImage ? this.image.describe() : this.image,
      menu: this.menu?.describe() ?? null,
    };
  }
}
