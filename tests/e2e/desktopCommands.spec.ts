import type { Page } from '@playwright/test';
import { expect, test, type Desktop } from './fixtures';
import { HomePage } from './pages/HomePage';
import { VendorsPage } from './pages/VendorsPage';

/**
 * The page's side of the desktop app: menu commands arrive as the main process sends them
 * (`desktop.emit`), their keys work in the page, and what the page reports back for the menu and the title
 * is what the shell would show.
 */

async function start(desktop: Desktop) {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  return { page, home };
}

const findDialog = (page: Page) => page.getByRole('dialog', { name: 'Find in project' });

test('Ctrl+F finds a checklist item by keyboard and goes to it, open and focused', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  const workspace = await home.createProject('Find me', 'Customer service');
  await workspace.expectSaved();

  await page.keyboard.press('Control+f');
  const dialog = findDialog(page);
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Find' });
  await expect(input).toBeFocused();
  await input.fill('executive sponsor');
  const results = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect(results.first()).toContainText('Name an executive sponsor');
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('status')).toContainText(/match/);
  await input.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(workspace.tab('Checklist')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: /^Name an executive sponsor: To do/ })).toBeFocused();
});

test('Find moves through results with the arrow keys and goes to a vendor on its panel', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  await home.createProject('Vendors to find', 'IT help desk');
  // The Costs tab, visited first, stays mounted and lists the same vendors' quotes: Find must not go there.
  await page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab', { name: 'Costs' }).click();
  const vendors = new VendorsPage(page);
  await vendors.open();
  await vendors.panel('Vendors & evaluators');
  await vendors.addVendor('Northwind Services');
  await vendors.addVendor('Northwind Partners');
  await vendors.panel('Results');
  await page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab', { name: 'Overview' }).click();

  await desktop.emit(page, 'app:menu-command', { command: 'edit:find' });
  const dialog = findDialog(page);
  const input = dialog.getByRole('combobox', { name: 'Find' });
  await input.fill('northwind');
  const options = dialog.getByRole('option');
  await expect(options).toHaveCount(2);
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  // The vendor's card is outlined for two seconds: watched from the page (installed before the key), so a slow
  // machine cannot miss it.
  await page.evaluate(() => {
    const host = window as unknown as { focusedWhileOutlined?: string };
    const check = () => {
      const focused = document.querySelector<HTMLInputElement>('.found-record :focus');
      if (focused) host.focusedWhileOutlined ??= focused.value;
    };
    new MutationObserver(check).observe(document.body, { subtree: true, attributeFilter: ['class'] });
    document.addEventListener('focusin', () => queueMicrotask(check));
  });
  await input.press('Enter');

  await expect(page.getByRole('tab', { name: 'Vendors & evaluators' })).toHaveAttribute('aria-selected', 'true');
  // The card outlined, with the keyboard on its first field, the name, in view.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { focusedWhileOutlined?: string }).focusedWhileOutlined))
    .toBe('Northwind Partners');
  await expect(page.locator(':focus')).toHaveValue('Northwind Partners');
  await expect(page.locator(':focus')).toBeInViewport();
});

test('Find says when nothing matches, and Escape closes it', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  await home.createProject('Nothing here', 'Collections & receivables');
  await page.keyboard.press('Control+f');
  const dialog = findDialog(page);
  await dialog.getByRole('combobox', { name: 'Find' }).fill('zzqx');
  await expect(dialog.getByRole('status')).toHaveText('Nothing in this project matches “zzqx”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the page reports which menu commands apply, the recent list and the title with its edited marker', async ({
  desktop,
}) => {
  const { page, home } = await start(desktop);
  await expect
    .poll(() => desktop.menuState(page)?.applicable)
    .toEqual(expect.arrayContaining(['file:new', 'file:open', 'help:shortcuts']));
  expect(desktop.menuState(page)?.applicable).not.toContain('file:save-as');
  expect(desktop.menuState(page)?.document).toBeNull();

  const workspace = await home.createProject('Menu state', 'HR administration');
  await workspace.expectSaved();
  await expect.poll(() => desktop.menuState(page)?.document).toMatchObject({ name: 'Menu state', edited: false });
  const state = desktop.menuState(page);
  expect(state?.applicable).toEqual(expect.arrayContaining(['file:save-as', 'file:close', 'edit:find', 'file:reveal']));
  expect(state?.applicable).not.toContain('edit:undo');
  // The library is read again after the project is entered: the recent list follows a moment later.
  await expect.poll(() => desktop.menuState(page)?.recent.map((project) => project.name)).toEqual(['Menu state']);

  await workspace.setCurrency('EUR');
  await expect.poll(() => desktop.menuState(page)?.applicable).toContain('edit:undo');
  await workspace.expectSaved();
  await expect.poll(() => desktop.menuState(page)?.document?.edited).toBe(false);

  await desktop.emit(page, 'app:menu-command', { command: 'edit:undo' });
  await expect.poll(() => desktop.menuState(page)?.applicable).toContain('edit:redo');

  await desktop.emit(page, 'app:menu-command', { command: 'file:close' });
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect.poll(() => desktop.menuState(page)?.document).toBeNull();
});

test('File › Export Briefing goes to the Briefing tab; Open Recent opens the project chosen', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  const first = await home.createProject('First engagement', 'Customer service');
  await first.backToProjects();
  const second = await home.createProject('Second engagement', 'IT help desk');
  await desktop.emit(page, 'app:menu-command', { command: 'file:export-briefing' });
  await expect(second.tab('Briefing')).toHaveAttribute('aria-selected', 'true');

  const recent = desktop.menuState(page)?.recent.find((project) => project.name === 'First engagement');
  expect(recent).toBeDefined();
  await desktop.emit(page, 'app:menu-command', { command: 'file:open-recent', path: recent?.path ?? '' });
  await second.expectProject('First engagement');
});

test('View › Theme overrides the OS, is kept for the next start, and System follows the OS again', async ({
  desktop,
}) => {
  const { page } = await start(desktop);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await desktop.emit(page, 'app:menu-command', { command: 'view:theme-dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);
  await expect.poll(() => desktop.menuState(page)?.theme).toBe('dark');

  await desktop.quit(page);
  const again = await desktop.launch();
  await expect(again.locator('html')).toHaveAttribute('data-theme', 'dark');

  await desktop.emit(again, 'app:menu-command', { command: 'view:theme-system' });
  await expect(again.locator('html')).not.toHaveAttribute('data-theme');
  await expect.poll(() => again.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
});

test('the shortcuts sheet opens with ? (not while typing) and lists the menu’s shortcuts and the in-app keys', async ({
  desktop,
}) => {
  const { page, home } = await start(desktop);
  await home.openNewProjectDialog();
  const name = page.getByRole('textbox', { name: 'Project name' });
  await name.pressSequentially('What?');
  await expect(name).toHaveValue('What?');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const group of ['File', 'Edit', 'View', 'Help', 'Checklist item', 'Cost grid', 'Score grid']) {
    await expect(sheet.getByRole('region', { name: group })).toBeVisible();
  }
  const find = sheet.getByRole('row', { name: /Find…/ });
  await expect(find).toContainText('Ctrl');
  await expect(find).toContainText('F');
  await expect(sheet.getByRole('row', { name: /Save As…/ })).toContainText('Shift');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await desktop.emit(page, 'app:menu-command', { command: 'help:shortcuts' });
  await expect(sheet).toBeVisible();
});

test('File › New opens the new-project dialog from inside a project', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  await home.createProject('Already open', 'Customer service');
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Project name' }).fill('From the menu');
  await dialog.getByRole('button', { name: /Create/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From the menu');
});

test('File › New from Sample opens a fresh copy of the sample engagement, and Export Briefing goes to the briefing', async ({
  desktop,
}) => {
  const { page } = await start(desktop);
  await desktop.emit(page, 'app:menu-command', { command: 'file:new-from-sample' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Larkfield Home: customer service');
  await desktop.emit(page, 'app:menu-command', { command: 'file:export-briefing' });
  await expect(page.getByRole('tab', { name: 'Briefing' })).toHaveAttribute('aria-selected', 'true');
});
