/**
 * Every command of the application menu and every key the app answers to, as data: the main process builds
 * its menu from this table (`electron/menuTemplate.ts`) and the renderer builds the shortcuts sheet and its
 * key handling from it, so a shortcut is written down once. Zod-free: the renderer imports it cheaply.
 * Keys use Electron's accelerator syntax (`CmdOrCtrl+Shift+S`); `shared/accelerators.ts` formats and matches them.
 */

export type Platform = 'darwin' | 'win32' | 'linux';

/** A value that differs by operating system; `default` covers the ones not named. */
export type PerPlatform<T> = T | { default: T; darwin?: T; win32?: T; linux?: T };

export function forPlatform<T>(value: PerPlatform<T>, platform: Platform): T {
  if (typeof value === 'object' && value !== null && 'default' in value) return value[platform] ?? value.default;
  return value;
}

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** Commands the page carries out, whether chosen in the menu or typed on the keyboard. */
export const pageCommandIds = [
  'file:new',
  'file:new-from-sample',
  'file:open',
  'file:open-recent',
  'file:save-as',
  'file:duplicate',
  'file:export-briefing',
  'file:reveal',
  'file:close',
  'edit:undo',
  'edit:redo',
  'edit:find',
  'view:theme-system',
  'view:theme-light',
  'view:theme-dark',
  'help:shortcuts',
] as const;
export type PageCommandId = (typeof pageCommandIds)[number];

/** Commands the main process carries out itself (it owns the folders and the versions). */
export const mainCommandIds = ['help:data-folder', 'help:log-folder', 'help:about'] as const;
export type MainCommandId = (typeof mainCommandIds)[number];

/** Standard items the operating system implements (clipboard, zoom, full screen…): Electron's menu roles. */
export const roleCommandIds = [
  'edit:cut',
  'edit:copy',
  'edit:paste',
  'edit:select-all',
  'view:zoom-in',
  'view:zoom-out',
  'view:zoom-reset',
  'view:full-screen',
  'view:reload',
  'view:devtools',
  'app:quit',
] as const;
export type RoleCommandId = (typeof roleCommandIds)[number];

export type CommandId = PageCommandId | MainCommandId | RoleCommandId;

export type MenuRole =
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'quit';

export interface CommandEntry {
  label: PerPlatform<string>;
  /** The shortcut shown in the menu and on the sheet; none when the command has no key. */
  keys?: PerPlatform<string>;
  /** More keys the page accepts for it, not shown in the menu (Ctrl+Y for redo on Linux). */
  alsoKeys?: readonly string[];
  /** What it does, in a few words, for the shortcuts sheet. */
  help: string;
  role?: MenuRole;
  /** Shown only in development builds (developer tools, reload). */
  devOnly?: boolean;
}

export const commands: Record<CommandId, CommandEntry> = {
  'file:new': { label: 'New Project…', keys: 'CmdOrCtrl+N', help: 'Start a project for a business function' },
  'file:new-from-sample': { label: 'New from Sample', help: 'Open a copy of a filled-in sample project' },
  'file:open': { label: 'Open…', keys: 'CmdOrCtrl+O', help: 'Open a project file' },
  'file:open-recent': { label: 'Open Recent', help: 'Open one of the projects you used last' },
  'file:save-as': { label: 'Save As…', keys: 'CmdOrCtrl+Shift+S', help: 'Continue in a new file' },
  'file:duplicate': { label: 'Duplicate', help: 'Make a copy of this project beside it' },
  'file:export-briefing': {
    label: 'Export Briefing…',
    keys: 'CmdOrCtrl+E',
    help: 'Go to the briefing to export it as PDF, Word or Markdown',
  },
  'file:reveal': {
    label: { default: 'Open Containing Folder', darwin: 'Reveal in Finder', win32: 'Reveal in File Explorer' },
    help: 'Show the project file in its folder',
  },
  'file:close': { label: 'Close Project', keys: 'CmdOrCtrl+W', help: 'Save and go back to all projects' },
  'edit:undo': { label: 'Undo', keys: 'CmdOrCtrl+Z', help: 'Undo the last change to the project' },
  'edit:redo': {
    label: 'Redo',
    keys: { default: 'CmdOrCtrl+Shift+Z', win32: 'Ctrl+Y' },
    alsoKeys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
    help: 'Redo what was undone',
  },
  'edit:cut': { label: 'Cut', keys: 'CmdOrCtrl+X', help: 'Cut the selection', role: 'cut' },
  'edit:copy': { label: 'Copy', keys: 'CmdOrCtrl+C', help: 'Copy the selection', role: 'copy' },
  'edit:paste': { label: 'Paste', keys: 'CmdOrCtrl+V', help: 'Paste', role: 'paste' },
  'edit:select-all': { label: 'Select All', keys: 'CmdOrCtrl+A', help: 'Select all the text', role: 'selectAll' },
  'edit:find': { label: 'Find…', keys: 'CmdOrCtrl+F', help: 'Find anything in the project' },
  'view:zoom-in': { label: 'Zoom In', keys: 'CmdOrCtrl+Plus', help: 'Make everything larger', role: 'zoomIn' },
  'view:zoom-out': { label: 'Zoom Out', keys: 'CmdOrCtrl+-', help: 'Make everything smaller', role: 'zoomOut' },
  'view:zoom-reset': { label: 'Actual Size', keys: 'CmdOrCtrl+0', help: 'Back to normal size', role: 'resetZoom' },
  'view:theme-system': { label: 'Same as System', help: 'Follow the light or dark setting of the computer' },
  'view:theme-light': { label: 'Light', help: 'Always light' },
  'view:theme-dark': { label: 'Dark', help: 'Always dark' },
  'view:full-screen': {
    label: { default: 'Toggle Full Screen', darwin: 'Enter Full Screen' },
    keys: { default: 'F11', darwin: 'Ctrl+Cmd+F' },
    help: 'Fill the screen',
    role: 'togglefullscreen',
  },
  'view:reload': { label: 'Reload', keys: 'CmdOrCtrl+R', help: 'Reload the page', role: 'reload', devOnly: true },
  'view:devtools': {
    label: 'Toggle Developer Tools',
    keys: { default: 'Ctrl+Shift+I', darwin: 'Alt+Cmd+I' },
    help: 'Inspect the page',
    role: 'toggleDevTools',
    devOnly: true,
  },
  'help:shortcuts': {
    label: 'Keyboard Shortcuts',
    keys: 'CmdOrCtrl+/',
    alsoKeys: ['?'],
    help: 'Show this list (or press ? outside a text field)',
  },
  'help:data-folder': { label: 'Open Data Folder', help: 'Show where the library, backups and settings are kept' },
  'help:log-folder': { label: 'Open Log Folder', help: 'Show the log, to send it with a problem report' },
  'help:about': {
    label: 'About Outsourcing Readiness Workbench',
    help: 'Versions of the app, Electron, Chromium and Node',
  },
  'app:quit': {
    label: { default: 'Quit', win32: 'Exit', darwin: 'Quit Outsourcing Readiness Workbench' },
    keys: { default: 'Ctrl+Q', win32: 'Alt+F4', darwin: 'Cmd+Q' },
    help: 'Save and quit the app',
    role: 'quit',
  },
};

export type MenuId = 'file' | 'edit' | 'view' | 'help';

/** A menu's items in order: a command, a line between groups, or a submenu of commands. */
export type MenuSlot = CommandId | '-' | { submenu: string; items: readonly CommandId[]; radio?: boolean };

export const menuTitles: Record<MenuId, string> = { file: 'File', edit: 'Edit', view: 'View', help: 'Help' };

/**
 * The menus, in the order every desktop app uses. Platform conventions (the macOS app menu, About and Quit
 * moving there, the Window menu) are applied by `electron/menuTemplate.ts`.
 */
export const menuLayout: Record<MenuId, readonly MenuSlot[]> = {
  file: [
    'file:new',
    'file:new-from-sample',
    '-',
    'file:open',
    'file:open-recent',
    '-',
    'file:save-as',
    'file:duplicate',
    'file:export-briefing',
    '-',
    'file:reveal',
    '-',
    'file:close',
    '-',
    'app:quit',
  ],
  edit: ['edit:undo', 'edit:redo', '-', 'edit:cut', 'edit:copy', 'edit:paste', 'edit:select-all', '-', 'edit:find'],
  view: [
    'view:zoom-reset',
    'view:zoom-in',
    'view:zoom-out',
    '-',
    { submenu: 'Theme', items: ['view:theme-system', 'view:theme-light', 'view:theme-dark'], radio: true },
    '-',
    'view:full-screen',
    '-',
    'view:reload',
    'view:devtools',
  ],
  help: ['help:shortcuts', '-', 'help:data-folder', 'help:log-folder', '-', 'help:about'],
};

export const themeCommand: Record<ThemeChoice, PageCommandId> = {
  system: 'view:theme-system',
  light: 'view:theme-light',
  dark: 'view:theme-dark',
};

export function isPageCommand(id: string): id is PageCommandId {
  return (pageCommandIds as readonly string[]).includes(id);
}

/** What the page knows that decides which of its commands apply now. */
export interface CommandContext {
  /** A project is open in the workspace. */
  hasProject: boolean;
  /** It may be edited here (not locked by someone else, no unknown fields). */
  editable: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** There are projects in the library to open from Open Recent. */
  hasRecent: boolean;
}

/** The page commands that apply in this context; the menu disables the others and the keys do nothing. */
export function applicableCommands(context: CommandContext): PageCommandId[] {
  const applies: Record<PageCommandId, boolean> = {
    'file:new': true,
    'file:new-from-sample': true,
    'file:open': true,
    'file:open-recent': context.hasRecent,
    'file:save-as': context.hasProject,
    'file:duplicate': context.hasProject,
    'file:export-briefing': context.hasProject,
    'file:reveal': context.hasProject,
    'file:close': context.hasProject,
    'edit:undo': context.hasProject && context.editable && context.canUndo,
    'edit:redo': context.hasProject && context.editable && context.canRedo,
    'edit:find': context.hasProject,
    'view:theme-system': true,
    'view:theme-light': true,
    'view:theme-dark': true,
    'help:shortcuts': true,
  };
  return pageCommandIds.filter((id) => applies[id]);
}

/** Keys that work inside one part of the app, for the shortcuts sheet. */
export interface InAppShortcut {
  keys: readonly string[];
  does: string;
}

export const inAppShortcuts: ReadonlyArray<{ where: string; shortcuts: readonly InAppShortcut[] }> = [
  {
    where: 'Checklist item',
    shortcuts: [
      { keys: ['Space'], does: 'Next status' },
      { keys: ['N'], does: 'Not applicable (again: back to to do)' },
      { keys: ['Up', 'Down'], does: 'Previous / next item' },
      { keys: ['Alt+Up', 'Alt+Down'], does: 'Move the item' },
      { keys: ['Right', 'Left'], does: 'Open / close its details' },
    ],
  },
  {
    where: 'Cost grid',
    shortcuts: [
      { keys: ['Up', 'Down', 'Left', 'Right'], does: 'Move between cells (Shift: select)' },
      { keys: ['Tab', 'Shift+Tab'], does: 'Next / previous cell' },
      { keys: ['Enter', 'F2'], does: 'Edit the cell (typing also starts editing)' },
      { keys: ['Escape'], does: 'Cancel the edit' },
      { keys: ['Delete'], does: 'Clear the selected cells' },
      { keys: ['CmdOrCtrl+C', 'CmdOrCtrl+V'], does: 'Copy / paste cells (from and to a spreadsheet)' },
    ],
  },
  {
    where: 'Score grid',
    shortcuts: [
      { keys: ['1', '2', '3', '4', '5'], does: 'Score the cell' },
      { keys: ['Delete'], does: 'Remove the score' },
      { keys: ['Enter'], does: 'Write a note on the score' },
      { keys: ['Up', 'Down', 'Left', 'Right'], does: 'Move between cells' },
    ],
  },
  {
    where: 'Section tabs',
    shortcuts: [{ keys: ['Left', 'Right'], does: 'Previous / next section' }],
  },
  {
    where: 'Find',
    shortcuts: [
      { keys: ['Up', 'Down'], does: 'Previous / next result' },
      { keys: ['Enter'], does: 'Go to the result' },
      { keys: ['Escape'], does: 'Close' },
    ],
  },
];

/** How many recent projects the menu (File › Open Recent, the dock, the jump list) offers. */
export const recentMenuSize = 10;
