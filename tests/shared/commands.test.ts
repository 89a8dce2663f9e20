import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceleratorKeys,
  formatAccelerator,
  matchesAccelerator,
  pageCommandForKey,
  type KeyPress,
} from '../../shared/accelerators';
import {
  applicableCommands,
  commands,
  forPlatform,
  inAppShortcuts,
  mainCommandIds,
  menuLayout,
  pageCommandIds,
  roleCommandIds,
  type CommandContext,
  type CommandId,
  type Platform,
} from '../../shared/commands';

const platforms: Platform[] = ['darwin', 'win32', 'linux'];
const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

const inMenus = (): CommandId[] =>
  Object.values(menuLayout).flatMap((slots) =>
    slots.flatMap((slot): CommandId[] => (slot === '-' ? [] : typeof slot === 'string' ? [slot] : [...slot.items])),
  );

/** A menu's item labels on Linux, submenus by their own label. */
const labels = (menu: keyof typeof menuLayout) =>
  menuLayout[menu].flatMap((slot) =>
    slot === '-' ? [] : typeof slot === 'string' ? [forPlatform(commands[slot].label, 'linux')] : [slot.submenu],
  );

describe('the command table', () => {
  it('puts every command in exactly one menu', () => {
    const placed = inMenus();
    expect(placed.toSorted()).toEqual([...pageCommandIds, ...mainCommandIds, ...roleCommandIds].toSorted());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('has the items the issue asks for, in the menus a user looks in', () => {
    expect(labels('file')).toEqual([
      'New Project…',
      'New from Sample',
      'Open…',
      'Open Recent',
      'Save As…',
      'Duplicate',
      'Export Briefing…',
      'Open Containing Folder',
      'Close Project',
      'Quit',
    ]);
    expect(labels('edit')).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All', 'Find…']);
    expect(labels('view')).toEqual(
      expect.arrayContaining([
        'Zoom In',
        'Zoom Out',
        'Actual Size',
        'Theme',
        'Toggle Full Screen',
        'Toggle Developer Tools',
      ]),
    );
    expect(labels('help')).toEqual([
      'Keyboard Shortcuts',
      'Open Data Folder',
      'Open Log Folder',
      'About Outsourcing Readiness Workbench',
    ]);
  });

  it('gives no two commands the same keys on any platform', () => {
    for (const platform of platforms) {
      const keys = Object.values(commands).flatMap((entry) => (entry.keys ? [forPlatform(entry.keys, platform)] : []));
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });

  it('follows each platform’s conventions for redo, full screen and quit', () => {
    expect(forPlatform(commands['edit:redo'].keys ?? '', 'win32')).toBe('Ctrl+Y');
    expect(forPlatform(commands['edit:redo'].keys ?? '', 'darwin')).toBe('CmdOrCtrl+Shift+Z');
    expect(forPlatform(commands['view:full-screen'].keys ?? '', 'darwin')).toBe('Ctrl+Cmd+F');
    expect(forPlatform(commands['view:full-screen'].keys ?? '', 'linux')).toBe('F11');
    expect(forPlatform(commands['app:quit'].label, 'win32')).toBe('Exit');
    expect(forPlatform(commands['file:reveal'].label, 'darwin')).toBe('Reveal in Finder');
    expect(forPlatform(commands['file:reveal'].label, 'win32')).toBe('Reveal in File Explorer');
  });

  it('describes every command and every in-app key for the shortcuts sheet', () => {
    for (const entry of Object.values(commands)) expect(entry.help).toMatch(/^[A-Z]/);
    for (const group of inAppShortcuts) {
      expect(group.shortcuts.length).toBeGreaterThan(0);
      for (const shortcut of group.shortcuts) expect(shortcut.keys.length).toBeGreaterThan(0);
    }
  });
});

describe('applicableCommands', () => {
  const home: CommandContext = {
    hasProject: false,
    editable: false,
    canUndo: false,
    canRedo: false,
    hasRecent: false,
  };

  it('on the home offers only what needs no project', () => {
    expect(applicableCommands(home)).toEqual([
      'file:new',
      'file:new-from-sample',
      'file:open',
      'view:theme-system',
      'view:theme-light',
      'view:theme-dark',
      'help:shortcuts',
    ]);
  });

  it('offers Open Recent only when there is something to open, and New from Sample always', () => {
    expect(applicableCommands(home)).not.toContain('file:open-recent');
    expect(applicableCommands({ ...home, hasRecent: true })).toContain('file:open-recent');
    expect(applicableCommands(home)).toContain('file:new-from-sample');
  });

  it('offers undo and redo only when there is something to undo or redo in an editable project', () => {
    const open = { ...home, hasProject: true, editable: true };
    expect(applicableCommands(open)).not.toContain('edit:undo');
    expect(applicableCommands({ ...open, canUndo: true })).toContain('edit:undo');
    expect(applicableCommands({ ...open, canRedo: true })).toContain('edit:redo');
    expect(applicableCommands({ ...open, editable: false, canUndo: true, canRedo: true })).not.toEqual(
      expect.arrayContaining(['edit:undo']),
    );
  });

  it('offers the project’s commands, read-only or not, once one is open', () => {
    const readOnly = applicableCommands({ ...home, hasProject: true });
    for (const id of [
      'file:save-as',
      'file:duplicate',
      'file:export-briefing',
      'file:reveal',
      'file:close',
      'edit:find',
    ])
      expect(readOnly).toContain(id);
  });

  it('never offers more with less: every command that applies without a project still applies with one', () => {
    const context = fc.record({
      editable: fc.boolean(),
      canUndo: fc.boolean(),
      canRedo: fc.boolean(),
      hasRecent: fc.boolean(),
    });
    fc.assert(
      fc.property(context, (rest) => {
        const without = applicableCommands({ ...rest, hasProject: false });
        const withProject = applicableCommands({ ...rest, hasProject: true });
        for (const id of without) expect(withProject).toContain(id);
      }),
    );
  });
});

describe('formatAccelerator', () => {
  it('writes shortcuts the way each platform shows them', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'win32')).toBe('Ctrl+Shift+S');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'darwin')).toBe('⇧⌘S');
    expect(formatAccelerator('Alt+Up', 'linux')).toBe('Alt+↑');
    expect(formatAccelerator('Ctrl+Cmd+F', 'darwin')).toBe('⌃⌘F');
    expect(formatAccelerator('CmdOrCtrl+Plus', 'linux')).toBe('Ctrl++');
    expect(acceleratorKeys('CmdOrCtrl+/', 'darwin')).toEqual(['⌘', '/']);
    expect(acceleratorKeys('F11', 'win32')).toEqual(['F11']);
  });
});

describe('matchesAccelerator', () => {
  it('maps CmdOrCtrl to ⌘ on macOS and Ctrl elsewhere, and nothing else', () => {
    expect(matchesAccelerator(press('f', { metaKey: true }), 'CmdOrCtrl+F', 'darwin')).toBe(true);
    expect(matchesAccelerator(press('f', { ctrlKey: true }), 'CmdOrCtrl+F', 'darwin')).toBe(false);
    expect(matchesAccelerator(press('f', { ctrlKey: true }), 'CmdOrCtrl+F', 'linux')).toBe(true);
    expect(matchesAccelerator(press('f', { metaKey: true }), 'CmdOrCtrl+F', 'win32')).toBe(false);
  });

  it('wants exactly the modifiers of the shortcut', () => {
    expect(matchesAccelerator(press('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+S', 'linux')).toBe(true);
    expect(matchesAccelerator(press('s', { ctrlKey: true }), 'CmdOrCtrl+Shift+S', 'linux')).toBe(false);
    expect(matchesAccelerator(press('z', { ctrlKey: true, altKey: true }), 'CmdOrCtrl+Z', 'linux')).toBe(false);
    expect(matchesAccelerator(press('ArrowUp', { altKey: true }), 'Alt+Up', 'win32')).toBe(true);
  });

  it('takes a typed punctuation character as itself, whichever Shift it needed', () => {
    expect(matchesAccelerator(press('?', { shiftKey: true }), '?', 'linux')).toBe(true);
    expect(matchesAccelerator(press('?'), '?', 'darwin')).toBe(true);
    expect(matchesAccelerator(press('/', { ctrlKey: true }), 'CmdOrCtrl+/', 'linux')).toBe(true);
  });

  it('never matches a plain letter typed in the page', () => {
    fc.assert(
      fc.property(fc.constantFrom(...platforms), fc.string({ minLength: 1, maxLength: 1 }), (platform, key) => {
        fc.pre(key !== '?');
        expect(pageCommandForKey(press(key), platform)).toBeNull();
      }),
    );
  });
});

describe('pageCommandForKey', () => {
  it('finds the page command of every shown shortcut, on every platform', () => {
    for (const platform of platforms) {
      expect(
        pageCommandForKey(press('f', platform === 'darwin' ? { metaKey: true } : { ctrlKey: true }), platform),
      ).toBe('edit:find');
      expect(pageCommandForKey(press('?', { shiftKey: true }), platform)).toBe('help:shortcuts');
    }
  });

  it('accepts both redo keys on every platform', () => {
    for (const platform of platforms) {
      const mod = platform === 'darwin' ? { metaKey: true } : { ctrlKey: true };
      expect(pageCommandForKey(press('y', mod), platform)).toBe('edit:redo');
      expect(pageCommandForKey(press('Z', { ...mod, shiftKey: true }), platform)).toBe('edit:redo');
      expect(pageCommandForKey(press('z', mod), platform)).toBe('edit:undo');
    }
  });

  it('leaves the keys the OS handles (copy, paste, zoom, full screen) to it', () => {
    expect(pageCommandForKey(press('c', { ctrlKey: true }), 'linux')).toBeNull();
    expect(pageCommandForKey(press('v', { metaKey: true }), 'darwin')).toBeNull();
    expect(pageCommandForKey(press('F11'), 'win32')).toBeNull();
  });
});
