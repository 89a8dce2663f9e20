import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseProjectFile } from '../../shared/model/projectFile';
import { expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';

test('create a project, rename it, close the app, reopen it and find the new name on disk', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await expect(page.getByRole('heading', { name: 'Start your first readiness project' })).toBeVisible();

  const workspace = await home.createProject('Acme support desk', 'Customer service');
  // The keyboard is on the new project's title, not left on the page.
  await expect(workspace.title).toBeFocused();
  for (const tab of ['Checklist', 'Costs', 'Vendors', 'Plan', 'Briefing']) {
    await expect(workspace.tab(tab)).toBeVisible();
  }
  await workspace.tab('Vendors').click();
  await expect(page.getByRole('tablist', { name: 'Vendor evaluation' })).toBeVisible();

  await workspace.rename('Acme customer care');
  await workspace.expectSaved();
  await desktop.quit(page);

  const folder = join(desktop.documents, 'Outsourcing Readiness Workbench');
  expect(await readdir(folder)).toEqual(['Acme customer care.orw']);
  const onDisk = parseProjectFile(await readFile(join(folder, 'Acme customer care.orw'), 'utf8'));
  expect(onDisk.ok && onDisk.value.name).toBe('Acme customer care');
  expect(onDisk.ok && onDisk.value.functionTemplate).toBe('customer-service');

  const reopened = new HomePage(await desktop.launch());
  await reopened.expectLoaded();
  await expect(reopened.projectCard('Acme customer care')).toContainText('Customer service');
  const again = await reopened.openProject('Acme customer care');
  await expect(again.title).toBeFocused();
  await expect(again.page.getByText('Customer service', { exact: true })).toBeVisible();
});

test('a project is created in the chosen function and listed on the home and in Recent', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Receivables 2027', 'Collections & receivables');
  await expect(page.getByText('Collections & receivables', { exact: true })).toBeVisible();
  await workspace.backToProjects();
  await expect(home.projectCard('Receivables 2027')).toContainText('Collections & receivables');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Receivables 2027' }),
  ).toBeVisible();
});

test('the new project dialog explains a missing name and creates nothing', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await home.openNewProjectDialog();
  await home.dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(home.dialog.getByRole('alert')).toHaveText('Give the project a name.');
  await home.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(home.dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Start your first readiness project' })).toBeVisible();
});

test('renaming is keyboard-driven: Escape cancels, a blank name is explained', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Travel desk', 'Travel management');

  await page.getByRole('button', { name: 'Rename project' }).click();
  const input = page.getByRole('textbox', { name: 'Project name' });
  await input.fill('Something else');
  await input.press('Escape');
  await expect(workspace.title).toHaveText('Travel desk');

  await page.getByRole('button', { name: 'Rename project' }).click();
  await input.fill('   ');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Give the project a name.');
  await input.press('Escape');
  await expect(workspace.title).toHaveText('Travel desk');
});

test('a project file handed over by the OS opens in the workspace; a broken one shows a readable error', async ({
  desktop,
}) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Payroll admin', 'HR administration');
  await workspace.backToProjects();

  const path = join(desktop.documents, 'Outsourcing Readiness Workbench', 'Payroll admin.orw');
  await desktop.emit(page, 'app:open-path', { path });
  await workspace.expectProject('Payroll admin');
  await workspace.backToProjects();

  await desktop.emit(page, 'app:open-path', { path: join(desktop.documents, 'missing.orw') });
  await expect(page.getByRole('alert')).toContainText('no longer exists');
  await expect(home.heading).toBeVisible();
});
