import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutDetail } from '../../electron/about';
import { menuTemplate, type MenuAction, type MenuOptions } from '../../electron/menuTemplate';
import { applicableCommands, pageCommandIds, type Platform } from '../../shared/commands';
import type { MenuState } from '../../shared/contract';

type Item = MenuItemConstructorOptions;

const homeState: MenuState = {
  applicable: applicableCommands({
    hasProject: false,
    editable: false,
    canUndo: false,
    canRedo: false,
    hasRecent: true,
  }),
  theme: 'dark',
  recent: [
    { name: 'Acme support', path: '/home/me/Acme support.orw' },
    { name: 'Globex collections', path: '/home/me/Globex.orw' },
  ],
  document: null,
};

function build(overrides: Partial<MenuOptions> = {}) {
  const actions: MenuAction[] = [];
  const template = menuTemplate({
    platform: 'linux',
    isDev: false,
    appName: 'Outsourcing Readiness Workbench',
    state: homeState,
    act: (action) => actions.push(action),
    ...overrides,
  });
  return { template, actions };
}

const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const menuNamed = (template: Item[], label: string) => template.find((item) => item.label === label);
/** Every item with an id, at any depth. */
function byId(template: Item[]): Map<string, Item> {
  const found = new Map<string, Item>();
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.id) found.set(item.id, item);
      walk(submenu(item));
    }
  };
  walk(template);
  return found;
}
const click = (item: Item | undefined) =>
  (item?.click as (() => void) | undefined)?.call(undefined) ?? expect.fail(`no click on ${item?.label}`);

describe('menuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit/Exit ending File and About ending Help', () => {
    for (const platform of ['win32', 'linux'] as Platform[]) {
      const { template } = build({ platform });
      expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
      expect(submenu(menuNamed(template, 'File')).at(-1)).toMatchObject({
        role: 'quit',
        label: platform === 'win32' ? 'Exit' : 'Quit',
      });
      expect(submenu(menuNamed(template, 'Help')).at(-1)).toMatchObject({ id: 'help:about' });
    }
  });

  it('follows macOS: the app menu with About, Services, Hide and Quit, a Window menu, a Help menu role', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'Outsourcing Readiness Workbench',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    const appMenu = submenu(template[0]);
    expect(appMenu[0]).toMatchObject({ id: 'help:about' });
    expect(appMenu.map((item) => item.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(submenu(menuNamed(template, 'File')).some((item) => item.role === 'quit')).toBe(false);
    expect(submenu(menuNamed(template, 'Help')).some((item) => item.id === 'help:about')).toBe(false);
    expect(menuNamed(template, 'Help')).toMatchObject({ role: 'help' });
    expect(byId(template).get('view:full-screen')).toMatchObject({ accelerator: 'Ctrl+Cmd+F' });
  });

  it('shows developer tools and reload only in unpackaged builds', () => {
    expect(byId(build({ isDev: false }).template).has('view:devtools')).toBe(false);
    expect(byId(build({ isDev: false }).template).has('view:reload')).toBe(false);
    expect(byId(build({ isDev: true }).template).get('view:devtools')).toMatchObject({ role: 'toggleDevTools' });
  });

  it('never starts, ends or doubles a separator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as Platform[]) {
      for (const isDev of [true, false]) {
        for (const menu of build({ platform, isDev }).template) {
          const items = submenu(menu);
          expect(items[0]?.type).not.toBe('separator');
          expect(items.at(-1)?.type).not.toBe('separator');
          items.forEach((item, index) => {
            if (item.type === 'separator') expect(items[index + 1]?.type).not.toBe('separator');
          });
        }
      }
    }
  });

  it('enables exactly the page commands the page reported as applying', () => {
    const items = byId(build().template);
    for (const id of pageCommandIds) {
      const item = items.get(id);
      expect(item, id).toBeDefined();
      expect(item?.enabled, id).toBe(homeState.applicable.includes(id));
    }
  });

  it('disables every page command until the page has reported', () => {
    const { template } = build({ state: { applicable: [], theme: 'system', recent: [], document: null } });
    for (const id of pageCommandIds) expect(byId(template).get(id)?.enabled, id).toBe(false);
  });

  it('sends a page command to the page, and leaves its keys to the page', () => {
    const { template, actions } = build({
      state: { ...homeState, applicable: [...homeState.applicable, 'edit:find', 'file:save-as'] },
    });
    const find = byId(template).get('edit:find');
    expect(find).toMatchObject({ accelerator: 'CmdOrCtrl+F', registerAccelerator: false, enabled: true });
    click(find);
    click(byId(template).get('file:save-as'));
    expect(actions).toEqual([
      { to: 'page', command: { command: 'edit:find' } },
      { to: 'page', command: { command: 'file:save-as' } },
    ]);
  });

  it('runs the data folder, log folder and About in the main process', () => {
    const { template, actions } = build();
    for (const id of ['help:data-folder', 'help:log-folder', 'help:about']) click(byId(template).get(id));
    expect(actions).toEqual([
      { to: 'main', command: 'help:data-folder' },
      { to: 'main', command: 'help:log-folder' },
      { to: 'main', command: 'help:about' },
    ]);
  });

  it('lists the recent projects under Open Recent, each opening its path', () => {
    const { template, actions } = build();
    const recent = byId(template).get('file:open-recent');
    expect(submenu(recent).map((item) => item.label)).toEqual(['Acme support', 'Globex collections']);
    click(submenu(recent)[1]);
    expect(actions).toEqual([{ to: 'page', command: { command: 'file:open-recent', path: '/home/me/Globex.orw' } }]);
    const none = byId(build({ state: { ...homeState, recent: [] } }).template).get('file:open-recent');
    expect(none?.enabled).toBe(false);
  });

  it('shows the theme as radio items with the current one checked', () => {
    const items = byId(build().template);
    expect(items.get('view:theme-dark')).toMatchObject({ type: 'radio', checked: true });
    expect(items.get('view:theme-light')).toMatchObject({ type: 'radio', checked: false });
    expect(items.get('view:theme-system')).toMatchObject({ type: 'radio', checked: false });
  });

  it('uses the OS’s own roles for the clipboard, zoom and full screen', () => {
    const items = byId(build().template);
    expect(items.get('edit:copy')).toMatchObject({ role: 'copy' });
    expect(items.get('edit:paste')).toMatchObject({ role: 'paste' });
    expect(items.get('view:zoom-in')).toMatchObject({ role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' });
    expect(items.get('view:full-screen')).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' });
  });
});

describe('aboutDetail', () => {
  it('names every version a support request needs', () => {
    const detail = aboutDetail(
      { app: '1.2.3', electron: '45.4.1', chrome: '140.0', node: '22.20.0', v8: '14.0' },
      'linux 6.1',
    );
    expect(detail.split('\n')).toEqual([
      'Version 1.2.3',
      'Electron 45.4.1',
      'Chromium 140.0',
      'Node.js 22.20.0',
      'V8 14.0',
      'OS linux 6.1',
    ]);
  });
});
