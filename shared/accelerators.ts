import { commands, forPlatform, pageCommandIds, type PageCommandId, type Platform } from './commands';

/**
 * Keys written in Electron's accelerator syntax (`CmdOrCtrl+Shift+S`, `Alt+Up`, `F11`), shown the way each
 * operating system shows them and matched against keyboard events, so the menu, the shortcuts sheet and the
 * page's own key handling read one table.
 */

/** The parts of a keyboard event a shortcut depends on (a DOM `KeyboardEvent` has them). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** `CmdOrCtrl+Plus` → ['CmdOrCtrl', 'Plus']; a trailing `+` (as in `Ctrl++`) is the key itself. */
function tokens(accelerator: string): string[] {
  const parts = accelerator.split('+');
  if (accelerator.endsWith('++')) return [...parts.slice(0, -2), '+'];
  return parts;
}

const macSymbols: Record<string, string> = {
  CmdOrCtrl: '⌘',
  CommandOrControl: '⌘',
  Cmd: '⌘',
  Command: '⌘',
  Ctrl: '⌃',
  Control: '⌃',
  Alt: '⌥',
  Option: '⌥',
  Shift: '⇧',
};

const otherNames: Record<string, string> = {
  CmdOrCtrl: 'Ctrl',
  CommandOrControl: 'Ctrl',
  Cmd: 'Win',
  Command: 'Win',
  Control: 'Ctrl',
  Option: 'Alt',
};

const keyNames: Record<string, string> = {
  Plus: '+',
  Up: '↑',
  Down: '↓',
  Left: '←',
  Right: '→',
  Escape: 'Esc',
};

/** The keys of a shortcut as the platform names them, one entry per key to press: ['Ctrl', 'Shift', 'S'] or ['⇧', '⌘', 'S']. */
export function acceleratorKeys(accelerator: string, platform: Platform): string[] {
  const names = platform === 'darwin' ? macSymbols : otherNames;
  const keys = tokens(accelerator).map((token) => names[token] ?? keyNames[token] ?? token);
  if (platform !== 'darwin') return keys;
  // macOS always shows modifiers in one order: ⌃ ⌥ ⇧ ⌘.
  const modifiers = keys.slice(0, -1).toSorted((a, b) => macModifierOrder.indexOf(a) - macModifierOrder.indexOf(b));
  return [...modifiers, ...keys.slice(-1)];
}

const macModifierOrder = ['⌃', '⌥', '⇧', '⌘'];

/** A shortcut as one string: `Ctrl+Shift+S` on Windows and Linux, `⇧⌘S` on macOS. */
export function formatAccelerator(accelerator: string, platform: Platform): string {
  return acceleratorKeys(accelerator, platform).join(platform === 'darwin' ? '' : '+');
}

const eventKeys: Record<string, readonly string[]> = {
  Plus: ['+', '='],
  Up: ['ArrowUp'],
  Down: ['ArrowDown'],
  Left: ['ArrowLeft'],
  Right: ['ArrowRight'],
  Space: [' '],
  Esc: ['Escape'],
  Delete: ['Delete'],
};

/** A shortcut read once: the key names an event may carry and the modifiers wanted; null when it cannot be pressed. */
interface ParsedAccelerator {
  keys: readonly string[];
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  /** A character typed with Shift on some layouts (`?`, `+`) is the key itself: Shift is not a separate demand. */
  shiftedCharacter: boolean;
}

function parseAccelerator(accelerator: string, platform: Platform): ParsedAccelerator | null {
  const parts = tokens(accelerator);
  const key = parts.at(-1) ?? '';
  const wanted = { ctrl: false, meta: false, alt: false, shift: false };
  for (const modifier of parts.slice(0, -1)) {
    if (modifier === 'CmdOrCtrl' || modifier === 'CommandOrControl')
      wanted[platform === 'darwin' ? 'meta' : 'ctrl'] = true;
    else if (modifier === 'Cmd' || modifier === 'Command' || modifier === 'Super' || modifier === 'Meta')
      wanted.meta = true;
    else if (modifier === 'Ctrl' || modifier === 'Control') wanted.ctrl = true;
    else if (modifier === 'Alt' || modifier === 'Option') wanted.alt = true;
    else if (modifier === 'Shift') wanted.shift = true;
    else return null;
  }
  return {
    keys: (eventKeys[key] ?? [key]).map((name) => name.toLowerCase()),
    ...wanted,
    shiftedCharacter: key.length === 1 && !/[a-z0-9]/i.test(key) && !wanted.shift,
  };
}

function pressMatches(press: KeyPress, parsed: ParsedAccelerator | null): boolean {
  return (
    parsed !== null &&
    press.ctrlKey === parsed.ctrl &&
    press.metaKey === parsed.meta &&
    press.altKey === parsed.alt &&
    (parsed.shiftedCharacter || press.shiftKey === parsed.shift) &&
    parsed.keys.includes(press.key.toLowerCase())
  );
}

/** Whether a key press is this shortcut on this platform: the same key and exactly the same modifiers. */
export function matchesAccelerator(press: KeyPress, accelerator: string, platform: Platform): boolean {
  return pressMatches(press, parseAccelerator(accelerator, platform));
}

/** Page commands that have keys, with every key each accepts (shown ones first), read once per platform. */
const keyedPageCommands = new Map<Platform, Array<{ id: PageCommandId; keys: Array<ParsedAccelerator | null> }>>();

function keyedPageCommandsFor(platform: Platform): Array<{ id: PageCommandId; keys: Array<ParsedAccelerator | null> }> {
  let keyed = keyedPageCommands.get(platform);
  if (!keyed) {
    keyed = pageCommandIds.flatMap((id) => {
      const entry = commands[id];
      const shown = entry.keys === undefined ? [] : [forPlatform(entry.keys, platform)];
      const keys = [...new Set([...shown, ...(entry.alsoKeys ?? [])])];
      return keys.length > 0 ? [{ id, keys: keys.map((key) => parseAccelerator(key, platform)) }] : [];
    });
    keyedPageCommands.set(platform, keyed);
  }
  return keyed;
}

/** The page command a key press asks for on this platform, if any (every key press asks: the table is read once). */
export function pageCommandForKey(press: KeyPress, platform: Platform): PageCommandId | null {
  return keyedPageCommandsFor(platform).find(({ keys }) => keys.some((key) => pressMatches(press, key)))?.id ?? null;
}
