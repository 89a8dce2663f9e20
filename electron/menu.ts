import { app, Menu, nativeTheme, type BrowserWindow } from 'electron';
import type { MainCommandId, Platform } from '../shared/commands';
import type { MenuState } from '../shared/contract';
import { menuTemplate, type MenuAction } from './menuTemplate';
import { sendEvent } from './window';
import {
  appName,
  dockMenuTemplate,
  jumpListCategories,
  menuChanged,
  newlyOpenedDocument,
  recentChanged,
  windowChrome,
} from './windowChrome';

/** Until the page reports, none of its commands apply. */
export const initialMenuState: MenuState = { applicable: [], theme: 'system', recent: [], document: null };

export const platform: Platform =
  process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';

export interface AppMenu {
  /** The page reported its state: the menu, the title, the theme and the OS's recent lists follow it. */
  update(next: MenuState): void;
}

/**
 * Installs the application menu and keeps everything around the page in step with it: which items apply,
 * the window title and edited marker, the frame's theme, recent documents (macOS dock menu, Windows jump list).
 */
export function installMenu(options: {
  isDev: boolean;
  getWindow(): BrowserWindow | null;
  runMainCommand(command: MainCommandId): void;
}): AppMenu {
  let state: MenuState | null = null;
  const act = (action: MenuAction) => {
    if (action.to === 'main') return options.runMainCommand(action.command);
    const window = options.getWindow();
    if (window) sendEvent(window, 'app:menu-command', action.command);
  };
  const build = (current: MenuState) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ platform, isDev: options.isDev, appName, state: current, act })),
    );
  build(initialMenuState);

  return {
    update(next) {
      const previous = state;
      state = next;
      if (menuChanged(previous ?? initialMenuState, next)) build(next);
      nativeTheme.themeSource = next.theme;
      const window = options.getWindow();
      if (window) {
        const chrome = windowChrome(next.document, platform);
        window.setTitle(chrome.title);
        if (platform === 'darwin') {
          window.setDocumentEdited(chrome.documentEdited);
          window.setRepresentedFilename(chrome.representedFilename);
        }
      }
      const opened = newlyOpenedDocument(previous, next);
      if (opened) app.addRecentDocument(opened);
      if (recentChanged(previous, next)) {
        const open = (path: string) => act({ to: 'page', command: { command: 'file:open-recent', path } });
        if (platform === 'darwin') app.dock?.setMenu(Menu.buildFromTemplate(dockMenuTemplate(next.recent, open)));
        // A jump-list task starts this executable with the file; unpackaged, that would be bare Electron.
        if (platform === 'win32' && app.isPackaged) app.setJumpList(jumpListCategories(next.recent, process.execPath));
      }
    },
  };
}
