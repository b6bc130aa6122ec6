import { EventEmitter } from 'node:events';
import { record } from './recorder';
import type { LikeElectron } from './typing';

type ItemOptions = Electron.MenuItemConstructorOptions;

/** A menu item as main built it; `click` runs main's handler as a person's click would. */
export class MenuItem {
  readonly id: string | undefined;
  readonly label: string;
  readonly type: ItemOptions['type'];
  readonly role: ItemOptions['role'];
  readonly accelerator: ItemOptions['accelerator'];
  readonly submenu: Menu | null;
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  private readonly onClick: ItemOptions['click'];

  constructor(options: ItemOptions) {
    this.id = options.id;
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.role = options.role;
    this.accelerator = options.accelerator;
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.checked = options.checked ?? false;
    this.onClick = options.click;
    const sub = options.submenu;
    this.submenu =
      sub instanceof Menu ? sub : sub ? Menu.buildFromTemplate(sub as ItemOptions[]) : null;
  }

  click(): void {
    // Electron passes the item, the focused window and the keyboard event.
    this.onClick?.(this as unknown as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
  }

  describe(): Record<string, unknown> {
    return {
      id: this.id ?? null,
      label: this.label,
      type: this.type,
      role: this.role ?? null,
      enabled: this.enabled,
      visible: this.visible,
      checked: this.checked,
      accelerator: this.accelerator ?? null,
      submenu: this.submenu?.describe() ?? null,
    };
  }
}

let applicationMenu: Menu | null = null;

export class Menu extends EventEmitter implements LikeElectron<Electron.Menu, 'getMenuItemById'> {
  readonly items: MenuItem[];

  constructor(items: MenuItem[] = []) {
    super();
    this.items = items;
  }

  static buildFromTemplate(template: (ItemOptions | Electron.MenuItem)[]): Menu {
    return new Menu(template.map((item) => new MenuItem(item as ItemOptions)));
  }

  static setApplicationMenu(menu: Electron.Menu | Menu | null): void {
    applicationMenu = menu as Menu | null;
    record('Menu.setApplicationMenu', applicationMenu?.describe() ?? null);
  }

  static getApplicationMenu(): Menu | null {
    return applicationMenu;
  }

  getMenuItemById(id: string): MenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }

  /** Follows labels down submenus, as a person opens them. */
  findByLabels(labels: string[]): MenuItem | null {
    const [first, ...rest] = labels;
    const item = this.items.find((candidate) => candidate.label === first);
    if (!item || rest.length === 0) return item ?? null;
    return item.submenu?.findByLabels(rest) ?? null;
  }

  describe(): Record<string, unknown>[] {
    return this.items.map((item) => item.describe());
  }
}

// The static side, held to Electron's: a member real Electron lacks fails typecheck.
Menu satisfies LikeElectron<
  typeof Electron.Menu,
  'buildFromTemplate' | 'setApplicationMenu' | 'getApplicationMenu'
>;
