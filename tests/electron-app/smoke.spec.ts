import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { HomePage } from '../e2e/pages/HomePage';

/**
 * Smoke test of the packaged shell on a real desktop (`npm run test:electron`): the window loads from
 * app://, the renderer is sandboxed with only the contract bridge, and a project lands on disk.
 */
test('the desktop app starts, is sandboxed, and creates a project file in Documents', async () => {
  const home = await mkdtemp(join(tmpdir(), 'orw-electron-'));
  // A throwaway home folder: Electron derives userData and Documents from it on Linux.
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DOCUMENTS_DIR: join(home, 'Documents'),
  };
  const app = await electron.launch({ args: [resolve('dist/electron/main.cjs')], env });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toMatch(/^app:\/\/workbench\//);
    await expect(window).toHaveTitle('Outsourcing Readiness Workbench');

    const exposed = await window.evaluate(() => ({
      bridge: Object.keys((window as unknown as { workbench: object }).workbench).toSorted(),
      hasRequire: typeof (globalThis as { require?: unknown }).require,
      hasProcess: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ bridge: ['invoke', 'on'], hasRequire: 'undefined', hasProcess: 'undefined' });

    const page = new HomePage(window);
    await page.expectLoaded();
    const workspace = await page.createProject('Smoke test project', 'IT help desk');
    await workspace.expectSaved();
    const documents = await app.evaluate(({ app: electronApp }) => electronApp.getPath('documents'));
    expect(await readdir(join(documents, 'Outsourcing Readiness Workbench'))).toContain('Smoke test project.orw');
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
});
