import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HomePage } from '../e2e/pages/HomePage';
import { desktopUser, windowTitle, type DesktopUser } from './desktopApp';

/**
 * Files from the OS on the real desktop app (`npm run test:electron`): a project passed on the command line
 * (double-click, "Open with") opens, and a second launch hands its file to the running copy and quits.
 */
let user: DesktopUser;
test.beforeEach(async () => {
  user = await desktopUser();
});
test.afterEach(async () => {
  await user.dispose();
});

/** Makes a project file the way a user would (create, then quit), and returns where it is. */
async function projectFile(name: string): Promise<string> {
  const { app, page } = await user.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject(name, 'Customer service');
  await workspace.expectSaved();
  const documents = await app.evaluate(({ app: electronApp }) => electronApp.getPath('documents'));
  await app.close();
  const elsewhere = join(user.home, 'Downloads');
  await mkdir(elsewhere, { recursive: true });
  const path = join(elsewhere, `${name}.orw`);
  await copyFile(join(documents, 'Outsourcing Readiness Workbench', `${name}.orw`), path);
  return path;
}

test('opens a project file passed on the command line', async () => {
  const path = await projectFile('Opened from Explorer');
  const { app, page } = await user.launch(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opened from Explorer');
  await expect(page.locator('.workspace__path')).toHaveText(path);
  await expect.poll(() => windowTitle(app)).toContain('Opened from Explorer');
});

test('a second launch hands its file to the running copy and quits', async () => {
  const path = await projectFile('Second double-click');
  const { app, page } = await user.launch();
  await new HomePage(page).expectLoaded();

  const exitCode = await user.launchSecondCopy(path);
  expect(exitCode).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second double-click');
  expect(app.windows()).toHaveLength(1);
});

test('ignores files that are not projects', async () => {
  const { page } = await user.launch(join(user.home, 'notes.txt'));
  await new HomePage(page).expectLoaded();
});
