import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HomePage } from '../e2e/pages/HomePage';
import {
  answerSaveDialog,
  chooseMenuItem,
  desktopUser,
  menuItemEnabled,
  windowTitle,
  type DesktopUser,
} from './desktopApp';

/** The application menu on the real desktop app (`npm run test:electron`): enabled by the page, acting on it. */
let user: DesktopUser;
test.beforeEach(async () => {
  user = await desktopUser();
});
test.afterEach(async () => {
  await user.dispose();
});

test('File › Save As… continues the project in the file chosen; items apply only with a project open', async () => {
  const { app, page } = await user.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await expect.poll(() => menuItemEnabled(app, 'file:new')).toBe(true);
  expect(await menuItemEnabled(app, 'file:save-as')).toBe(false);

  const workspace = await home.createProject('Menu save as', 'Collections & receivables');
  await workspace.expectSaved();
  await expect.poll(() => menuItemEnabled(app, 'file:save-as')).toBe(true);

  const target = join(user.home, 'Client share', 'Menu save as (final).orw');
  await mkdir(join(user.home, 'Client share'), { recursive: true });
  await answerSaveDialog(app, target);
  await chooseMenuItem(app, 'file:save-as');
  await expect(page.locator('.workspace__path')).toHaveText(target);
  const saved = JSON.parse(await readFile(target, 'utf8')) as { project: { name: string } };
  expect(saved.project.name).toBe('Menu save as');
  await expect.poll(() => windowTitle(app)).toContain('Menu save as');

  await chooseMenuItem(app, 'file:close');
  await home.expectLoaded();
  await expect.poll(() => menuItemEnabled(app, 'file:save-as')).toBe(false);
});

test('Help › Keyboard Shortcuts shows the sheet; View › Theme › Dark applies to the page and the window frame', async () => {
  const { app, page } = await user.launch();
  await new HomePage(page).expectLoaded();
  await chooseMenuItem(app, 'help:shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  await chooseMenuItem(app, 'view:theme-dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('dark');
});
