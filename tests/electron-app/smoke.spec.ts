import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { HomePage } from '../e2e/pages/HomePage';
import { desktopUser, windowTitle, type DesktopUser } from './desktopApp';

/**
 * The real desktop app on a real desktop (`npm run test:electron`; needs the Electron binary): the window
 * loads from app://, the renderer is sandboxed with only the contract bridge, a project lands on disk, and
 * the window cannot be navigated away or made to open another.
 */
let user: DesktopUser;
test.beforeEach(async () => {
  user = await desktopUser();
});
test.afterEach(async () => {
  await user.dispose();
});

test('the desktop app starts, is sandboxed, and creates a project file in Documents', async () => {
  const { app, page } = await user.launch();
  expect(page.url()).toMatch(/^app:\/\/workbench\//);
  await expect.poll(() => windowTitle(app)).toBe('Outsourcing Readiness Workbench');

  const exposed = await page.evaluate(() => ({
    bridge: Object.keys((window as unknown as { workbench: object }).workbench).toSorted(),
    hasRequire: typeof (globalThis as { require?: unknown }).require,
    hasProcess: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({
    bridge: ['invoke', 'on', 'pathForFile'],
    hasRequire: 'undefined',
    hasProcess: 'undefined',
  });

  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Smoke test project', 'IT help desk');
  await workspace.expectSaved();
  await expect.poll(() => windowTitle(app)).toBe('Smoke test project — Outsourcing Readiness Workbench');
  const documents = await app.evaluate(({ app: electronApp }) => electronApp.getPath('documents'));
  expect(await readdir(join(documents, 'Outsourcing Readiness Workbench'))).toContain('Smoke test project.orw');
});

test('the window refuses to navigate away, to open new windows, and sends only safe links to the browser', async () => {
  const { app, page } = await user.launch();
  await new HomePage(page).expectLoaded();
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { opened: string[] }).opened = opened;
    shell.openExternal = (async (url: string) => void opened.push(url)) as typeof shell.openExternal;
  });

  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/workbench\//);
  await new HomePage(page).expectLoaded();

  const popups = await page.evaluate(() => [
    window.open('https://example.com/guide') === null,
    window.open('http://example.com/') === null,
    window.open('javascript:alert(1)') === null,
  ]);
  expect(popups).toEqual([true, true, true]);
  expect(app.windows()).toHaveLength(1);
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened))
    .toEqual(['https://example.com/guide']);

  // A page that is not the app's own, even with the app's bridge, gets every request refused by the main process.
  const foreign = await app.evaluate(async ({ BrowserWindow }, preload) => {
    const other = new BrowserWindow({
      show: false,
      webPreferences: { preload, sandbox: true, contextIsolation: true },
    });
    await other.loadURL('data:text/html,<p>not the app</p>');
    const answer: unknown = await other.webContents.executeJavaScript("window.workbench.invoke('library:list', {})");
    other.destroy();
    return answer;
  }, resolve('dist/electron/preload.cjs'));
  expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});
