import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checklistAreas } from '../../shared/catalog/checklistAreas';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { HomePage } from './pages/HomePage';

/**
 * Checklist › Print, as Chromium prints it: the page is printed to PDF and read back with poppler's pdftotext
 * (Debian's poppler-utils), one page at a time.
 */
const run = promisify(execFile);

async function pdfPages(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', path, '-']);
  // pdftotext ends every page with a form feed.
  return stdout.split('\f').slice(0, -1);
}

test('the printed checklist is the content only, full width, over numbered pages, items kept whole', async ({
  desktop,
}, testInfo) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Acme customer care', 'Customer service');
  const checklist = new ChecklistPage(page);
  await checklist.openByKeyboard();
  const opened = [
    'Name an executive sponsor',
    'Gather two to three years of cost history',
    'Keep card numbers out of calls, recordings and agents’ reach',
  ];
  for (const [index, title] of opened.entries()) {
    await checklist.toggleDetails(title);
    await checklist
      .item(title)
      .getByLabel('Notes')
      .fill(
        `Note ${index + 1}: ${'the finance team sends the ledger extracts by Friday; '.repeat(4)}end of note ${index + 1}.`,
      );
  }
  await checklist
    .item(opened[0] ?? '')
    .getByLabel('Owner')
    .fill('Dana Whitfield');
  await workspace.expectSaved();

  const path = join(testInfo.outputDir, 'checklist.pdf');
  await page.pdf({ path, format: 'A4' });
  const pages = await pdfPages(path);
  const text = pages.join('\n');

  // Many pages, each numbered "Page n of N".
  expect(pages.length).toBeGreaterThan(3);
  for (const [index, content] of pages.entries()) {
    expect(content).toContain(`Page ${index + 1} of ${pages.length}`);
  }

  // The content: the project, the readiness summary and every area — no sidebar, toolbar, tabs or filters.
  expect(text).toContain('Acme customer care');
  expect(text).toContain('Readiness');
  for (const area of checklistAreas) expect(text).toContain(area.title);
  for (const control of ['Your projects stay on this computer', 'All projects', 'Export actions', 'Search items']) {
    expect(text).not.toContain(control);
  }
  expect(text).not.toMatch(/Overview\s+Checklist\s+Costs/);

  // Full width: a long title is on one line, not squeezed into a column beside its badges.
  expect(text).toContain('Keep card numbers out of calls, recordings and agents’ reach');

  // Each area's heading is on the page of its first item, and an open item's notes on the page of its title.
  for (const area of checklistAreas) {
    const first = (await checklist.area(area.title).locator('.item__title-text').first().textContent()) ?? '';
    // The heading, not the area's line in the readiness summary: the heading has its "n/m done" beside it.
    const heading = new RegExp(`${area.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\d+/\\d+ done`);
    const headingPage = pages.findIndex((content) => heading.test(content));
    // A title may wrap beside its badges: its first words are enough to find it.
    const start = first.split(' ').slice(0, 3).join(' ');
    expect(pages[headingPage], `${area.title} starts on the page of “${first}”`).toContain(start);
  }
  // Where the pages happen to break above, headings may not be tested: the rules that keep them are.
  await page.emulateMedia({ media: 'print' });
  const header = checklist.area(checklistAreas[0]?.title ?? '').locator('.area__header');
  expect(await header.evaluate((element) => getComputedStyle(element).breakAfter)).toBe('avoid');
  const item = checklist.item(opened[0] ?? '');
  expect(await item.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
  for (const [index, title] of opened.entries()) {
    const notes = pages.find((content) => content.includes(`end of note ${index + 1}.`));
    expect(notes, `the notes of “${title}” are on its page`).toContain(title);
  }
});

test('a window in the dark theme prints dark text on light paper', async ({ desktop }) => {
  const page = await desktop.launch({ colorScheme: 'dark' });
  const home = new HomePage(page);
  await home.expectLoaded();
  await home.createProject('Night owl', 'Customer service');
  const textColour = () => page.evaluate(() => getComputedStyle(document.body).color);
  expect(await textColour()).not.toBe('rgb(22, 26, 34)');
  await page.emulateMedia({ media: 'print' });
  expect(await textColour()).toBe('rgb(22, 26, 34)');
});
