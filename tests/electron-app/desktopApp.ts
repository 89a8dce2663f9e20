import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

/** The built app's entry point, as `npm start` runs it. */
export const mainEntry = resolve('dist/electron/main.cjs');

/** The Electron binary: requiring the `electron` package from Node gives its path (and fails without one). */
const electronBinary = () => createRequire(import.meta.url)('electron') as string;

/** One user's machine in a temp folder: Electron derives userData and Documents from HOME on Linux. */
export interface DesktopUser {
  home: string;
  env: Record<string, string>;
  /** Starts the app as this user; `files` are passed on the command line, as a double-click does. */
  launch(...files: string[]): Promise<{ app: ElectronApplication; page: Page }>;
  /** Starts a second copy, the way the OS does for a second double-click, and waits for it to exit. */
  launchSecondCopy(...files: string[]): Promise<number | null>;
  dispose(): Promise<void>;
}

export async function desktopUser(): Promise<DesktopUser> {
  const home = await mkdtemp(join(tmpdir(), 'orw-electron-'));
  const env: Record<string, string> = {
    ...(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== undefined)) as Record<
      string,
      string
    >),
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DOCUMENTS_DIR: join(home, 'Documents'),
  };
  const running: ElectronApplication[] = [];
  return {
    home,
    env,
    async launch(...files) {
      const app = await electron.launch({ args: [mainEntry, ...files], env });
      running.push(app);
      return { app, page: await app.firstWindow() };
    },
    launchSecondCopy(...files) {
      return new Promise((done, fail) => {
        const child = spawn(electronBinary(), [mainEntry, ...files], { env, stdio: 'ignore' });
        child.once('error', fail);
        child.once('exit', (code) => done(code));
      });
    },
    async dispose() {
      for (const app of running) await app.close().catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** The main window's title, as the OS shows it. */
export function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

/** Chooses an item of the application menu by its command id, as a click would. */
export async function chooseMenuItem(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu, BrowserWindow }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`No menu item ${itemId}`);
    if (!item.enabled) throw new Error(`Menu item ${itemId} is disabled`);
    item.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never);
  }, id);
}

/** Whether a menu item is enabled now. */
export function menuItemEnabled(app: ElectronApplication, id: string): Promise<boolean | null> {
  return app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.enabled ?? null, id);
}

/** Makes the next save dialog answer with `path`, as if the user had chosen it. */
export async function answerSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
  }, path);
}
