import type { MenuItemConstructorOptions } from 'electron';
import {
  commands,
  forPlatform,
  isPageCommand,
  menuLayout,
  menuTitles,
  themeChoices,
  themeCommand,
  type CommandId,
  type MainCommandId,
  type MenuId,
  type MenuSlot,
  type Platform,
} from '../shared/commands';
import type { MenuCommand, MenuState } from '../shared/contract';

/** What choosing a menu item asks for: a command the page carries out, or one the main process does. */
export type MenuAction = { to: 'page'; command: MenuCommand } | { to: 'main'; command: MainCommandId };

export interface MenuOptions {
  platform: Platform;
  /** Developer tools and reload appear only in unpackaged builds. */
  isDev: boolean;
  appName: string;
  /** What the page last reported; before it has, nothing of the page's applies. */
  state: MenuState;
  act(action: MenuAction): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The application menu as Electron's template, built from the command table in `shared/commands.ts` with each
 * platform's conventions: on macOS the app menu (About, Services, Hide, Quit) and the Window menu; elsewhere
 * Quit (Exit on Windows) ends the File menu and About ends Help. Pure, so it is tested without Electron.
 */
export function menuTemplate(options: MenuOptions): Item[] {
  const mac = options.platform === 'darwin';
  const movedToAppMenu = new Set<CommandId>(mac ? ['help:about', 'app:quit'] : []);
  const menu = (id: MenuId): Item => ({
    label: menuTitles[id],
    ...(mac && id === 'help' ? { role: 'help' as const } : {}),
    submenu: tidy(
      menuLayout[id].filter((slot) => typeof slot !== 'string' || !movedToAppMenu.has(slot as CommandId)),
      options,
    ),
  });
  const appMenu: Item = {
    label: options.appName,
    submenu: [
      commandItem('help:about', options),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      commandItem('app:quit', options),
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    menu('file'),
    menu('edit'),
    menu('view'),
    ...(mac ? [{ role: 'windowMenu' as const }] : []),
    menu('help'),
  ];
}

/** The items of one menu, without development-only items in a packaged build and without stray separators. */
function tidy(slots: readonly MenuSlot[], options: MenuOptions): Item[] {
  const items: Item[] = [];
  for (const slot of slots) {
    if (slot === '-') {
      if (items.length > 0 && items.at(-1)?.type !== 'separator') items.push(separator);
    } else if (typeof slot === 'string') {
      if (commands[slot].devOnly && !options.isDev) continue;
      items.push(commandItem(slot, options));
    } else {
      items.push({
        label: slot.submenu,
        submenu: slot.items.map((id) => commandItem(id, options, slot.radio ? 'radio' : undefined)),
      });
    }
  }
  while (items.at(-1)?.type === 'separator') items.pop();
  return items;
}

function commandItem(id: CommandId, options: MenuOptions, type?: 'radio'): Item {
  const entry = commands[id];
  const label = forPlatform(entry.label, options.platform);
  const accelerator = entry.keys === undefined ? {} : { accelerator: forPlatform(entry.keys, options.platform) };
  if (entry.role) return { id, role: entry.role, label, ...accelerator };
  if (!isPageCommand(id)) return { id, label, click: () => options.act({ to: 'main', command: id as MainCommandId }) };

  const enabled = options.state.applicable.includes(id);
  if (id === 'file:open-recent') {
    const recent = options.state.recent.map((project): Item => ({
      label: project.name,
      toolTip: project.path,
      click: () => options.act({ to: 'page', command: { command: 'file:open-recent', path: project.path } }),
    }));
    return {
      id,
      label,
      enabled: enabled && recent.length > 0,
      submenu: recent.length > 0 ? recent : [{ label: 'No recent projects', enabled: false }],
    };
  }
  const theme = themeChoices.find((choice) => themeCommand[choice] === id);
  return {
    id,
    label,
    ...accelerator,
    // The page handles these keys itself, in every field, and only while the command applies.
    registerAccelerator: false,
    enabled,
    ...(type === 'radio' ? { type, checked: theme === options.state.theme } : {}),
    click: () => options.act({ to: 'page', command: { command: id } }),
  };
}
