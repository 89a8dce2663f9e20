import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { parseProjectFile } from '../../shared/model/projectFile';
import { expect, test, type Desktop, type LaunchOptions } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { HomePage } from './pages/HomePage';
import { WorkspacePage } from './pages/WorkspacePage';

const sponsor = 'Name an executive sponsor';
const approval = 'Agree who approves the decision and how';
const budget = 'Set aside budget and time for the move';
const leadership = 'Bring the leadership team into the planning';
const options = 'Compare the options and get the comparison approved';
const scope = 'Draw the line between the work that moves and the work that stays';

/** A new project, opened on its checklist by keyboard: where most tests here start. */
async function newProjectChecklist(desktop: Desktop, name: string, functionLabel: string, launch?: LaunchOptions) {
  const page = await desktop.launch(launch);
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject(name, functionLabel);
  const checklist = new ChecklistPage(page);
  await checklist.openByKeyboard();
  return { page, workspace, checklist };
}

test('work through the checklist by keyboard, climb the ladder, waive a must-have, undo, export, and find it all after a restart', async ({
  desktop,
}) => {
  const { page, workspace, checklist } = await newProjectChecklist(desktop, 'Acme support', 'Customer service');
  await expect(checklist.level).toHaveText('Not ready');
  await expect(checklist.currentStep).toContainText('Not ready');
  await expect(checklist.summary.getByRole('list', { name: 'Readiness levels' }).getByRole('listitem')).toHaveCount(5);
  await expect(checklist.summary).toContainText('To be preparing:');
  await expect(checklist.summary).toContainText('Finish or waive this must-have, needed to start preparing:');
  await expect(checklist.item(sponsor)).toContainText('To start');
  await expect(checklist.item(options)).toContainText('Before market');

  // Keyboard only: Tab to the first item, Space to move its status on, arrows between items.
  await page.getByRole('tabpanel').focus();
  await checklist.statusButton(sponsor).focus();
  await page.keyboard.press('Space');
  await checklist.expectStatus(sponsor, 'In progress');
  await page.keyboard.press('Space');
  await checklist.expectStatus(sponsor, 'Done');
  await expect(checklist.level).toHaveText('Preparing');
  await expect(checklist.currentStep).toContainText('Preparing');
  await expect(checklist.summary).toContainText('To be ready for vendors:');
  await expect(checklist.summary).toContainText('needed before going to market:');

  // Undo walks back the last edit (and the level with it); redo puts it back.
  await page.keyboard.press('Control+z');
  await checklist.expectStatus(sponsor, 'In progress');
  await expect(checklist.level).toHaveText('Not ready');
  await page.keyboard.press('Control+y');
  await checklist.expectStatus(sponsor, 'Done');
  await expect(checklist.level).toHaveText('Preparing');

  // N marks an item that is not a must-have not applicable at once.
  await page.keyboard.press('ArrowDown');
  await expect(checklist.statusButton(approval)).toBeFocused();
  await page.keyboard.press('n');
  await expect(checklist.waiverDialog).toBeHidden();
  await checklist.expectStatus(approval, 'Not applicable');

  // On a must-have, N asks why first; Escape cancels and leaves the item as it was, with the keyboard on it.
  await checklist.statusButton(scope).focus();
  await page.keyboard.press('n');
  await expect(checklist.waiverDialog).toBeVisible();
  await expect(checklist.waiverDialog.getByLabel('Reason')).toBeFocused();
  await expect(checklist.waiverDialog.getByRole('button', { name: 'Mark not applicable' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(checklist.waiverDialog).toBeHidden();
  await checklist.expectStatus(scope, 'To do');
  await expect(checklist.statusButton(scope)).toBeFocused();

  // With a reason typed, Tab to the button and Enter: the must-have is waived and listed with its reason.
  await page.keyboard.press('n');
  await page.keyboard.type('The provider takes the whole function; nothing stays in-house.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(checklist.waiverDialog.getByRole('button', { name: 'Mark not applicable' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(checklist.waiverDialog).toBeHidden();
  await checklist.expectStatus(scope, 'Not applicable');
  await expect(checklist.statusButton(scope)).toBeFocused();
  const waivers = checklist.summary.getByRole('list', { name: 'Waived must-haves' });
  await expect(waivers).toContainText(scope);
  await expect(waivers).toContainText('The provider takes the whole function; nothing stays in-house.');
  await expect(checklist.summary.getByTestId('next-gate')).not.toContainText(scope);

  // Clearing the reason turns the waiver back into a blocker, which offers a way to add the reason again.
  await checklist.toggleDetails(scope);
  await checklist.item(scope).getByLabel('Why this must-have does not apply').fill('');
  await expect(checklist.summary.getByTestId('next-gate')).toContainText('marked not applicable without a reason');
  await expect(waivers).toBeHidden();
  await checklist
    .item(scope)
    .getByRole('button', { name: /^Reason missing/ })
    .click();
  await checklist.waiverDialog.getByLabel('Reason').fill('Nothing stays: the whole function moves.');
  await page.keyboard.press('Control+Enter');
  await expect(checklist.waiverDialog).toBeHidden();
  await expect(waivers).toContainText('Nothing stays: the whole function moves.');
  await checklist.toggleDetails(scope);

  // The status list in the details asks for the reason too; cancelling keeps the status.
  await checklist.toggleDetails(options);
  await checklist.item(options).getByLabel('Status', { exact: true }).selectOption('n/a');
  await expect(checklist.waiverDialog).toBeVisible();
  await checklist.waiverDialog.getByRole('button', { name: 'Cancel' }).click();
  await checklist.expectStatus(options, 'To do');
  await checklist.toggleDetails(options);

  // Details open with the right arrow and take an owner and a date.
  await checklist.statusButton(leadership).focus();
  await page.keyboard.press('ArrowRight');
  const details = checklist.item(leadership);
  await details.getByLabel('Owner').focus();
  await page.keyboard.type('Dana');
  await details.getByLabel('Due date').fill('2020-01-31');
  await expect(details.getByText('Overdue · 2020-01-31')).toBeVisible();
  await expect(checklist.summary).toContainText('1 overdue item');

  // A custom item, added with the keyboard, lands in its area with the focus on it, needed to start preparing.
  const sponsorship = checklist.area('Executive sponsorship');
  await sponsorship.getByRole('button', { name: 'Add an item to Executive sponsorship' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Brief the board chair');
  await page.keyboard.press('Enter');
  await expect(checklist.statusButton('Brief the board chair')).toBeFocused();
  await page.keyboard.press('Space');
  await checklist.expectStatus('Brief the board chair', 'In progress');
  await expect(checklist.item('Brief the board chair')).toContainText('To start');

  // Filters: must-haves only, the stage, then a search.
  await page.getByRole('checkbox', { name: 'Must-haves' }).check();
  await expect(checklist.statusButton('Brief the board chair')).toHaveCount(0);
  await expect(checklist.statusButton(sponsor)).toBeVisible();
  await page.getByRole('combobox', { name: 'Needed' }).selectOption('contract');
  await expect(checklist.statusButton(sponsor)).toHaveCount(0);
  await expect(checklist.statusButton('Agree a data processing agreement')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox', { name: 'Search items' }).fill('cost history');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^1 of \d+ items$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(checklist.statusButton('Brief the board chair')).toBeVisible();

  // Export the open actions and the waiver, as CSV and as Markdown.
  const csvPath = join(desktop.root, 'actions.csv');
  desktop.dialogAnswers.save.push(csvPath);
  await checklist.exportActions('CSV');
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv).toContain('Action,Area,Needed,Owner,Due date,Status,Must-have,Reason not applicable');
  expect(csv).toContain(
    'Bring the leadership team into the planning,Executive sponsorship,before going to market,Dana,2020-01-31,To do,No,',
  );
  expect(csv).toContain('Waived,Yes,Nothing stays: the whole function moves.');
  expect(csv).not.toContain(sponsor);
  const mdPath = join(desktop.root, 'actions.md');
  desktop.dialogAnswers.save.push(mdPath);
  await checklist.exportActions('Markdown');
  await expect.poll(() => readFile(mdPath, 'utf8').catch(() => '')).toContain('| Brief the board chair |');
  const markdown = await readFile(mdPath, 'utf8');
  expect(markdown).toContain('Readiness: Preparing, score');
  expect(markdown).toContain('## Waived must-haves');

  // Everything is on disk: restart the app and open the project again.
  await workspace.expectSaved();
  await desktop.quit(page);
  const again = await desktop.launch();
  const reopened = await new HomePage(again).openProject('Acme support');
  const after = new ChecklistPage(again);
  await reopened.tab('Checklist').click();
  await expect(after.level).toHaveText('Preparing');
  await after.expectStatus(sponsor, 'Done');
  await after.expectStatus(approval, 'Not applicable');
  await after.expectStatus(scope, 'Not applicable');
  await after.expectStatus('Brief the board chair', 'In progress');
  await expect(after.item(leadership)).toContainText('Dana');
  await expect(after.summary.getByRole('list', { name: 'Waived must-haves' })).toContainText(scope);

  const file = parseProjectFile(await readFile(join(desktop.projectsFolder, 'Acme support.orw'), 'utf8'));
  const items = file.ok ? file.value.checklist.items : [];
  expect(items.find((i) => i.title === sponsor)?.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(items.find((i) => i.title === scope)).toMatchObject({
    status: 'n/a',
    naReason: 'Nothing stays: the whole function moves.',
  });
  expect(items.find((i) => i.title === 'Brief the board chair')).toMatchObject({ custom: true, stage: 'preparing' });
  expect(items.find((i) => i.title === budget)?.status).toBe('todo');
});

test('a file from the first format opens with its work, shows retired items, and offers the new items with a preview', async ({
  desktop,
}) => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'files', 'v1-worked-checklist.orw');
  const path = join(desktop.dropFolder, 'Northwind customer care.orw');
  await mkdir(desktop.dropFolder, { recursive: true });
  await copyFile(fixture, path);
  const page = await desktop.launch();
  await new HomePage(page).expectLoaded();
  desktop.dialogAnswers.open.push(path);
  await page.getByRole('button', { name: 'Open…' }).click();
  const workspace = new WorkspacePage(page);
  await workspace.expectProject('Northwind customer care');
  const checklist = new ChecklistPage(page);
  await checklist.openByKeyboard();
  await expect(checklist.level).toHaveText('Not ready');
  await checklist.expectStatus(sponsor, 'Done');
  await expect(checklist.item('Agree exit and termination terms up front')).toContainText('Retired');
  // A must-have saved as n/a without a reason is a blocker now, with a way to add the reason.
  await expect(
    checklist.item('Require a business continuity plan').getByRole('button', { name: /^Reason missing/ }),
  ).toBeVisible();

  const before = await page.locator('.status-button').count();
  const offer = page.getByRole('region', { name: /^The checklist for Customer service has \d+ new items$/ });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Review and add…' }).click();
  const preview = page.getByRole('dialog', { name: 'New items for Customer service' });
  await expect(preview).toContainText(options);
  await expect(preview).toContainText('Keep card numbers out of calls, recordings and agents’ reach');
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await preview.getByRole('button', { name: /^Add \d+ items$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added to the checklist' })).toBeVisible();
  await expect(offer).toBeHidden();
  expect(await page.locator('.status-button').count()).toBeGreaterThan(before);
  await checklist.expectStatus(sponsor, 'Done');
  await checklist.expectStatus(options, 'To do');

  // Saved again, the file is in the current format and keeps the retired item and the work.
  await workspace.expectSaved();
  const text = await readFile(path, 'utf8');
  expect(text).toContain('"version": 2,');
  const file = parseProjectFile(text);
  const items = file.ok ? file.value.checklist.items : [];
  expect(items.find((item) => item.id === 'expectations.exit-terms')).toMatchObject({ retired: true, status: 'done' });
  expect(items.find((item) => item.id === 'baseline.options-compared')).toMatchObject({ status: 'todo' });
});

test('changing the business function adds its items and keeps the work done', async ({ desktop }) => {
  const { page, workspace, checklist } = await newProjectChecklist(desktop, 'Switching', 'Customer service');
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

test('each status has its own shape, and the rows draw their shapes without inline SVG', async ({ desktop }) => {
  const { page, checklist } = await newProjectChecklist(desktop, 'Shapes', 'Customer service');
  const shape = checklist.statusButton(sponsor).locator('.glyph');
  await expect(shape).toHaveClass('glyph glyph--circle');
  await checklist.statusButton(sponsor).click();
  await expect(shape).toHaveClass('glyph glyph--circle-dashed');
  await checklist.statusButton(sponsor).click();
  await expect(shape).toHaveClass('glyph glyph--check');
  await checklist.statusButton(approval).focus();
  await page.keyboard.press('n');
  await expect(checklist.statusButton(approval).locator('.glyph')).toHaveClass('glyph glyph--circle-slash');
  const caret = checklist.item(budget).getByRole('button', { name: budget, exact: true }).locator('.glyph');
  await expect(caret).toHaveClass('glyph glyph--caret-right');
  await checklist.toggleDetails(budget);
  await expect(caret).toHaveClass('glyph glyph--caret-down');
  // Every rendered inline SVG is painted and layerized again on each frame: a key press in a note paid for them all.
  const rows = page.locator('.item:not(.item--expanded) .item__row');
  expect(await rows.count()).toBeGreaterThan(10);
  await expect(rows.locator('svg')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the checklist screen has no serious accessibility violations (${colorScheme})`, async ({ desktop }) => {
    const { page, checklist } = await newProjectChecklist(desktop, 'Accessible checklist', 'IT help desk', {
      colorScheme,
    });
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
    await checklist.statusButton(scope).focus();
    await page.keyboard.press('n');
    await expect(checklist.waiverDialog).toBeVisible();
    const dialog = await new AxeBuilder({ page }).analyze();
    expect(dialog.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.keyboard.press('Escape');
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

test('an item opened while searching stays open and in view when the search is cleared', async ({ desktop }) => {
  const { page, checklist } = await newProjectChecklist(desktop, 'Searching', 'Customer service');
  const cards = 'Keep card numbers out of calls, recordings and agents’ reach';
  const search = page.getByRole('searchbox', { name: 'Search items' });

  await search.fill('card numbers');
  await checklist.toggleDetails(cards);
  await checklist.item(cards).getByLabel('Notes').fill('Ask the provider about pause-and-resume recording.');
  await search.fill('');
  await expect(checklist.item(cards).getByRole('button', { name: cards, exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(checklist.item(cards).getByLabel('Notes')).toBeInViewport();

  // "Clear filters" goes away with the filters: the keyboard lands in the search box, not on the page.
  await search.fill('card numbers');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toBeFocused();
  await expect(checklist.item(cards).getByLabel('Notes')).toBeInViewport();
});
