import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { sendEvent } from './window';

/**
 * The application menu: standard roles, so shortcuts and accessibility behave as on every desktop app.
 * Undo and redo are the project's (every edit, not just the text field's): the items send the command to
 * the page, and their shortcuts are shown but left to the page, which handles them in every field.
 */
export function installMenu(options: { isDev: boolean; getWindow(): BrowserWindow | null }): void {
  const command = (name: 'undo' | 'redo') => () => {
    const window = options.getWindow();
    if (window) sendEvent(window, 'app:menu-command', { command: name });
  };
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: command('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: command('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...(options.isDev ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
