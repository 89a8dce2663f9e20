import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { parseProjectFile } from '../../shared/model/projectFile';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { HomePage } from './pages/HomePage';

const sponsor = 'Name an executive sponsor';
const strategy = 'Write down how outsourcing serves your strategy';
const approval = 'Agree who approves the decision and how';

test('work through the checklist by keyboard, watch the level change, undo, export, and find it all after a restart', async ({
  desktop,
}) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Acme support', 'Customer service');
  const checklist = new ChecklistPage(page);
  await checklist.openByKeyboard();
  await expect(checklist.level).toHaveText('Not ready');
  await expect(checklist.summary).toContainText('To be preparing: finish these 3 must-have items.');

  // Keyboard only: Tab to the first item, Space to move its status on, arrows between items.
  await page.getByRole('tabpanel').focus();
  await checklist.statusButton(sponsor).focus();
  await page.keyboard.press('Space');
  await checklist.expectStatus(sponsor, 'In progress');
  await page.keyboard.press('Space');
  await checklist.expectStatus(sponsor, 'Done');
  await page.keyboard.press('ArrowDown');
  await expect(checklist.statusButton(strategy)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(checklist.statusButton(approval)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(checklist.level).toHaveText('Preparing');
  await expect(checklist.summary).toContainText('To be ready for vendors:');

  // Undo walks back the last edit (and the level with it); redo puts it back.
  await page.keyboard.press('Control+z');
  await checklist.expectStatus(approval, 'In progress');
  await expect(checklist.level).toHaveText('Not ready');
  await page.keyboard.press('Control+y');
  await checklist.expectStatus(approval, 'Done');
  await expect(checklist.level).toHaveText('Preparing');

  // N marks an item not applicable; its details open with the right arrow and take an owner and a date.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('n');
  await checklist.expectStatus('Bring the leadership team into the planning', 'Not applicable');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(checklist.statusButton('Agree what success looks like')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const details = checklist.item('Agree what success looks like');
  await details.getByLabel('Owner').focus();
  await page.keyboard.type('Dana');
  await details.getByLabel('Due date').fill('2020-01-31');
  await expect(details.getByText('Overdue · 2020-01-31')).toBeVisible();
  await expect(checklist.summary).toContainText('1 overdue item');

  // A custom item, added with the keyboard, lands in its area with the focus on it.
  const sponsorship = checklist.area('Executive sponsorship');
  await sponsorship.getByRole('button', { name: 'Add an item to Executive sponsorship' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Brief the board chair');
  await page.keyboard.press('Enter');
  await expect(checklist.statusButton('Brief the board chair')).toBeFocused();
  await page.keyboard.press('Space');
  await checklist.expectStatus('Brief the board chair', 'In progress');

  // Filters: must-haves only, then a search.
  await page.getByRole('checkbox', { name: 'Must-haves' }).check();
  await expect(checklist.statusButton('Brief the board chair')).toHaveCount(0);
  await expect(checklist.statusButton(sponsor)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search items' }).fill('cost history');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^1 of \d+ items$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(checklist.statusButton('Brief the board chair')).toBeVisible();

  // Export the open actions, as CSV and as Markdown.
  const csvPath = join(desktop.root, 'actions.csv');
  desktop.dialogAnswers.save.push(csvPath);
  await checklist.exportActions('CSV');
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv).toContain('Action,Area,Owner,Due date,Status,Must-have');
  expect(csv).toContain('Agree what success looks like,Executive sponsorship,Dana,2020-01-31,To do,No');
  expect(csv).not.toContain(sponsor);
  const mdPath = join(desktop.root, 'actions.md');
  desktop.dialogAnswers.save.push(mdPath);
  await checklist.exportActions('Markdown');
  await expect.poll(() => readFile(mdPath, 'utf8').catch(() => '')).toContain('| Brief the board chair |');

  // Everything is on disk: restart the app and open the project again.
  await workspace.expectSaved();
  await desktop.quit(page);
  const again = await desktop.launch();
  const reopened = await new HomePage(again).openProject('Acme support');
  const after = new ChecklistPage(again);
  await reopened.tab('Checklist').click();
  await expect(after.level).toHaveText('Preparing');
  await after.expectStatus(sponsor, 'Done');
  await after.expectStatus('Bring the leadership team into the planning', 'Not applicable');
  await after.expectStatus('Brief the board chair', 'In progress');
  await expect(after.item('Agree what success looks like')).toContainText('Dana');

  const file = parseProjectFile(await readFile(join(desktop.projectsFolder, 'Acme support.orw'), 'utf8'));
  const done = file.ok ? file.value.checklist.items.find((i) => i.title === sponsor) : undefined;
  expect(done?.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('changing the business function adds its items and keeps the work done', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Switching', 'Customer service');
  const checklist = new ChecklistPage(page);
  await checklist.openByKeyboard();
  await checklist.statusButton(sponsor).click();
  await checklist.statusButton(sponsor).click();
  const before = await page.locator('.status-button').count();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Business function').selectOption('collections');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added to the checklist' })).toBeVisible();
  await checklist.expectStatus(sponsor, 'Done');
  expect(await page.locator('.status-button').count()).toBeGreaterThan(before);
  await expect(page.getByText('Collections & receivables', { exact: true })).toBeVisible();
  await workspace.expectSaved();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the checklist screen has no serious accessibility violations (${colorScheme})`, async ({ desktop }) => {
    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    await home.createProject('Accessible checklist', 'IT help desk');
    const checklist = new ChecklistPage(page);
    await checklist.openByKeyboard();
    await checklist.statusButton(sponsor).click();
    await checklist.toggleDetails(sponsor);
    await checklist.item(sponsor).getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('checkbox', { name: 'Overdue' }).check();
    await page.getByRole('checkbox', { name: 'Overdue' }).uncheck();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await page.getByRole('tab', { name: 'Overview' }).click();
    const overview = await new AxeBuilder({ page }).analyze();
    expect(overview.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}

test('a next action on the overview opens that item in the checklist, with the keyboard on it', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await home.createProject('From the overview', 'Travel management');
  await page.getByRole('tabpanel').getByRole('button', { name: sponsor }).first().click();
  const checklist = new ChecklistPage(page);
  await expect(page.getByRole('tab', { name: 'Checklist' })).toHaveAttribute('aria-selected', 'true');
  await expect(checklist.statusButton(sponsor)).toBeFocused();
  await expect(checklist.item(sponsor).getByLabel('Owner')).toBeVisible();
});
