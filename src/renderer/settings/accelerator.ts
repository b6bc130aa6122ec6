/**
 * Global shortcuts between the keyboard, Electron's accelerator strings and the words
 * each OS uses for its keys ("Ctrl+Alt+B", "Command+Option+B").
 */
export type KeyboardOs = 'mac' | 'windows' | 'linux';

export function getKeyboardOs(userAgent: string = navigator.userAgent): KeyboardOs {
  if (/Mac/.test(userAgent)) return 'mac';
  return /Windows/.test(userAgent) ? 'windows' : 'linux';
}

/** The parts of a keydown the recorder reads (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS']);
const NAMED_KEYS: Record<string, string> = {
  ' ': 'Space',
  Tab: 'Tab',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

export type Recorded =
  | { kind: 'modifiers'; modifiers: string[] }
  | { kind: 'shortcut'; accelerator: string }
  | { kind: 'noModifier' }
  | { kind: 'unusableKey'; key: string };

/** Accelerator modifiers held in a key press; Ctrl on Windows/Linux and ⌘ on a Mac are one. */
function modifiersOf(press: KeyPress, os: KeyboardOs): string[] {
  const found: string[] = [];
  if (os === 'mac' ? press.metaKey : press.ctrlKey) found.push('CommandOrControl');
  if (os === 'mac' && press.ctrlKey) found.push('Control');
  if (press.altKey) found.push('Alt');
  if (press.shiftKey) found.push('Shift');
  if (os !== 'mac' && press.metaKey) found.push('Super');
  return found;
}

/** The key by its place on the keyboard, so Shift+1 is "1", not "!". */
function keyOf(press: KeyPress): string | null {
  const letter = /^Key([A-Z])$/.exec(press.code)?.[1];
  if (letter) return letter;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(press.code)?.[1];
  if (digit) return digit;
  if (/^F([1-9]|1\d|2[0-4])$/.test(press.key)) return press.key;
  return NAMED_KEYS[press.key] ?? null;
}

/** What one key press means to the recorder. */
export function recordKeyPress(press: KeyPress, os: KeyboardOs): Recorded {
  const modifiers = modifiersOf(press, os);
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'modifiers', modifiers };
  const key = keyOf(press);
  if (key === null) return { kind: 'unusableKey', key: press.key };
  if (modifiers.length === 0) return { kind: 'noModifier' };
  return { kind: 'shortcut', accelerator: [...modifiers, key].join('+') };
}

const WORDS: Record<KeyboardOs, Record<string, string>> = {
  mac: {
    CommandOrControl: 'Command',
    CmdOrCtrl: 'Command',
    Command: 'Command',
    Cmd: 'Command',
    Control: 'Control',
    Ctrl: 'Control',
    Alt: 'Option',
    Option: 'Option',
    Super: 'Command',
    Meta: 'Command',
  },
  windows: { CommandOrControl: 'Ctrl', CmdOrCtrl: 'Ctrl', Control: 'Ctrl', Super: 'Windows' },
  linux: { CommandOrControl: 'Ctrl', CmdOrCtrl: 'Ctrl', Control: 'Ctrl', Meta: 'Super' },
};
const ARROWS: Record<string, string> = {
  Up: 'Up arrow',
  Down: 'Down arrow',
  Left: 'Left arrow',
  Right: 'Right arrow',
};

const inEnglish = (key: string): string => ARROWS[key] ?? key;

/**
 * "CommandOrControl+Alt+B" as the OS says it: "Ctrl+Alt+B", or "Command+Option+B" on a
 * Mac. `keyName` turns each key ("Ctrl", "Up", "Space") into the window's language.
 */
export function describeAccelerator(
  accelerator: string,
  os: KeyboardOs,
  keyName: (key: string) => string = inEnglish,
): string {
  return accelerator
    .split('+')
    .map((part) => keyName(WORDS[os][part] ?? part))
    .join('+');
}
