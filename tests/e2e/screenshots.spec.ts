import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { HomePage } from './pages/HomePage';

/**
 * Renders the main screens in light and dark for review (test-results/screenshots/). With
 * README_SCREENSHOTS=1 (`npm run screenshots`) it also refreshes the images the README shows.
 */
const reviewFolder = 'test-results/screenshots';
const readmeFolder = 'build/screenshots';
const readmeShots = new Set([
  ...['home', 'workspace', 'checklist'].flatMap((screen) =>
    ['light', 'dark'].flatMap((scheme) => [`${screen}-${scheme}`, `${screen}-narrow-${scheme}`]),
  ),
  'ladder-light',
  'ladder-dark',
  'waiver-dialog-light',
  'waiver-dialog-dark',
  'shortcuts-light',
  'shortcuts-dark',
]);
/** The smallest window the layout is made for, short of 800×600: the "narrow" screenshots. */
const narrow = { width: 900, height: 600 };
const wide = { width: 1280, height: 800 };

/** Saves the page as it is in the window it has, then in a narrow one (`<name>-narrow-<scheme>`). */
async function captureBothSizes(page: Page, screen: string, colorScheme: string): Promise<void> {
  await capture(page, `${screen}-${colorScheme}`);
  await page.setViewportSize(narrow);
  await page.mouse.move(0, 0);
  await capture(page, `${screen}-narrow-${colorScheme}`);
  await page.setViewportSize(wide);
}

/** Saves the page, or one part of it, for review (and for the README when asked). */
async function capture(page: Page, name: string, part?: Locator): Promise<void> {
  await mkdir(reviewFolder, { recursive: true });
  const path = join(reviewFolder, `${name}.png`);
  // Areas off screen skip rendering (content-visibility); two frames after a scroll, those now in view are drawn.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await (part ?? page).screenshot({ path, animations: 'disabled' });
  if (process.env['README_SCREENSHOTS'] === '1' && readmeShots.has(name)) {
    await mkdir(readmeFolder, { recursive: true });
    await copyFile(path, join(readmeFolder, `${name}.png`));
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`home and workspace render in ${colorScheme}`, async ({ desktop }) => {
    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    await capture(page, `home-empty-${colorScheme}`);

    await home.openNewProjectDialog();
    await capture(page, `new-project-${colorScheme}`);
    await home.dialog.getByRole('button', { name: 'Cancel' }).click();

    for (const [name, fn] of [
      ['Northwind collections', 'Collections & receivables'],
      ['Contoso travel desk', 'Travel management'],
    ] as const) {
      const workspace = await home.createProject(name, fn);
      await workspace.backToProjects();
    }
    const workspace = await home.createProject('Acme customer care', 'Customer service');
    await workspace.expectSaved();
    await captureBothSizes(page, 'workspace', colorScheme);

    const checklist = new ChecklistPage(page);
    await checklist.openByKeyboard();
    for (const [title, presses] of [
      ['Name an executive sponsor', 2],
      ['Agree who approves the decision and how', 2],
      ['Write down how outsourcing serves your strategy', 2],
      ['Bring the leadership team into the planning', 1],
      ['Compare the options and get the comparison approved', 1],
    ] as const) {
      for (let i = 0; i < presses; i += 1) await checklist.statusButton(title).click();
    }
    await checklist.toggleDetails('Gather two to three years of cost history');
    const details = checklist.item('Gather two to three years of cost history');
    await details.getByLabel('Owner').fill('Dana Whitfield');
    await details.getByLabel('Due date').fill('2027-02-15');
    await details.getByLabel('Notes').fill('Finance sends the 2024–2026 ledger extracts by Friday.');
    await checklist.waive(
      'Keep card numbers out of calls, recordings and agents’ reach',
      'We take no card payments by phone.',
    );
    await workspace.expectSaved();
    await page.mouse.move(0, 0);
    await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
    await capture(page, `checklist-${colorScheme}`);
    // Narrow, the readiness summary comes first: the shot starts at the checklist itself.
    await page.setViewportSize(narrow);
    await page.mouse.move(0, 0);
    await page
      .getByRole('heading', { level: 2, name: 'Readiness checklist' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await capture(page, `checklist-narrow-${colorScheme}`);
    await page.setViewportSize(wide);
    await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
    // The whole readiness panel, ladder first, in a window tall enough to show it without scrolling.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await capture(page, `ladder-${colorScheme}`, checklist.summary);
    await page.setViewportSize({ width: 1280, height: 800 });

    await checklist.statusButton('Draw the line between the work that moves and the work that stays').focus();
    await page.keyboard.press('n');
    await page
      .getByRole('alertdialog')
      .getByLabel('Reason')
      .fill('The provider takes the whole function; nothing stays.');
    await capture(page, `waiver-dialog-${colorScheme}`);
    await page.keyboard.press('Escape');

    await workspace.backToProjects();
    await expect(home.projectCard('Northwind collections')).toBeVisible();
    await page.mouse.move(0, 0);
    await captureBothSizes(page, 'home', colorScheme);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the keyboard shortcuts sheet renders in ${colorScheme}`, async ({ desktop }) => {
    const page = await desktop.launch({ colorScheme });
    await new HomePage(page).expectLoaded();
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.keyboard.press('Shift+?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await capture(page, `shortcuts-${colorScheme}`);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`file states render in ${colorScheme}: menu, read-only, conflict, missing file, damaged file`, async ({
    desktop,
  }) => {
    const first = await desktop.launch({ colorScheme });
    const firstHome = new HomePage(first);
    await firstHome.expectLoaded();
    const workspace = await firstHome.createProject('Contoso travel desk', 'Travel management');
    await first.getByRole('button', { name: /^File actions for/ }).click();
    await capture(first, `file-menu-${colorScheme}`);
    await first.keyboard.press('Escape');

    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    await home.openProject('Contoso travel desk');
    await expect(page.getByRole('note', { name: 'Read-only' })).toBeVisible();
    await capture(page, `read-only-${colorScheme}`);
    await desktop.quit(page);

    const file = join(desktop.projectsFolder, 'Contoso travel desk.orw');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"currency": "USD"', '"currency": "EUR"'));
    await workspace.setCurrency('GBP');
    await expect(first.getByRole('alertdialog')).toBeVisible();
    await capture(first, `conflict-${colorScheme}`);
    await first.getByRole('button', { name: /^Reload theirs/ }).click();
    await workspace.backToProjects();

    await firstHome.createProject('Northwind collections', 'Collections & receivables');
    await workspace.backToProjects();
    await rename(join(desktop.projectsFolder, 'Northwind collections.orw'), join(desktop.root, 'moved.orw'));
    await writeFile(file, '{"type": "outsourcing-readiness-workbench/project", "version": 1, "proj');
    await desktop.quit(first);

    const again = await desktop.launch({ colorScheme });
    const againHome = new HomePage(again);
    await againHome.expectLoaded();
    await expect(againHome.projectCard('Northwind collections')).toContainText('File not found');
    await capture(again, `missing-file-${colorScheme}`);
    await againHome.projectCard('Contoso travel desk').getByRole('button').first().click();
    await expect(again.getByRole('button', { name: /^Restore the backup/ }).first()).toBeVisible();
    await capture(again, `damaged-file-${colorScheme}`);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a file from the first format renders in ${colorScheme}: retired items and the catalog's new items`, async ({
    desktop,
  }) => {
    const path = join(desktop.dropFolder, 'Northwind customer care.orw');
    await mkdir(desktop.dropFolder, { recursive: true });
    await copyFile(join(import.meta.dirname, '..', 'fixtures', 'files', 'v1-worked-checklist.orw'), path);
    const page = await desktop.launch({ colorScheme });
    await new HomePage(page).expectLoaded();
    desktop.dialogAnswers.open.push(path);
    await page.getByRole('button', { name: 'Open…' }).click();
    const checklist = new ChecklistPage(page);
    await checklist.openByKeyboard();
    await page.mouse.move(0, 0);
    await capture(page, `legacy-checklist-${colorScheme}`);
    await checklist.toggleDetails('Book the training room for the first cohort');
    await checklist
      .item('Book the training room for the first cohort')
      .getByRole('button', { name: 'Delete' })
      .scrollIntoViewIfNeeded();
    await capture(page, `legacy-custom-item-${colorScheme}`);
    await page.getByRole('button', { name: 'Review and add…' }).click();
    await capture(page, `legacy-new-items-${colorScheme}`);
  });
}
