import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { HomePage } from './pages/HomePage';

/** Layouts that hold in small windows: nothing covered, cut off or scrolling sideways, down to 800×600. */

const longName = 'Northwind Traders international customer care and collections programme for 2027–2028';
const longOwner = 'Bartholomew Featherstonehaugh-Wolfeschlegelsteinhausen, Head of Procurement EMEA';

/** Whether two boxes overlap. */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!x || !y) return false;
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

/** No box scrolls sideways: the page, the main column, the sidebar. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflowing = await page.evaluate(() =>
    ['html', 'main', 'nav[aria-label="Main"]']
      .map((selector) => document.querySelector(selector))
      .filter((element): element is Element => element !== null && element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.tagName.toLowerCase()),
  );
  expect(overflowing).toEqual([]);
}

for (const viewport of [
  { width: 900, height: 600 },
  { width: 800, height: 600 },
]) {
  test(`the home, a project and its checklist hold at ${viewport.width}×${viewport.height}`, async ({ desktop }) => {
    const page = await desktop.launch();
    await page.setViewportSize(viewport);
    const home = new HomePage(page);
    await home.expectLoaded();

    // The sidebar folds into a narrow rail, and opens over the page on demand.
    const sidebar = page.getByRole('navigation', { name: 'Main' });
    expect((await sidebar.boundingBox())?.width).toBeLessThan(80);
    const workspace = await home.createProject(longName, 'IT help desk');
    await workspace.backToProjects();

    // The heading is never under the toolbar, and the toolbar stays whole.
    for (const button of ['Import a copy…', 'Open…', 'New project']) {
      const control = page.getByRole('main').getByRole('button', { name: button });
      await expect(control).toBeInViewport({ ratio: 1 });
      expect(await overlap(home.heading, control), `“Projects” is clear of ${button}`).toBe(false);
    }
    await expectNoSidewaysScroll(page);

    await page.getByRole('button', { name: 'Show the menu' }).click();
    const recent = sidebar.getByRole('button', { name: longName });
    await expect(recent).toBeVisible();
    // A long name ends in an ellipsis inside the sidebar; the whole name is its tooltip.
    expect(await recent.locator('.nav-item__label').evaluate((label) => label.scrollWidth > label.clientWidth)).toBe(
      true,
    );
    await expect(recent).toHaveAttribute('title', new RegExp(`^${longName}`));
    await expectNoSidewaysScroll(page);
    await page.keyboard.press('Escape');
    await expect(recent).toBeHidden();

    // In a project, every tab can be reached; when they do not all fit, the strip says there is more.
    await home.openProject(longName);
    const tabs = workspace.tabs;
    const briefing = workspace.tab('Briefing');
    const overflowing = await tabs.evaluate((list) => list.scrollWidth > list.clientWidth);
    if (overflowing) {
      await expect(page.getByTestId('tabs-more-after')).toBeVisible();
      await page.getByTestId('tabs-more-after').click();
    }
    await expect(briefing).toBeInViewport({ ratio: 1 });
    await briefing.click();
    await expect(briefing).toHaveAttribute('aria-selected', 'true');
    await expectNoSidewaysScroll(page);

    // A long owner leaves the item's title room to read, and nothing runs under the readiness panel.
    await workspace.tab('Checklist').click();
    const checklist = new ChecklistPage(page);
    const sponsor = 'Name an executive sponsor';
    await checklist.toggleDetails(sponsor);
    await checklist.item(sponsor).getByLabel('Owner').fill(longOwner);
    await checklist.toggleDetails(sponsor);
    const title = checklist.item(sponsor).locator('.item__title-text');
    expect((await title.boundingBox())?.width).toBeGreaterThan(150);
    await expect(title).toHaveText(sponsor);
    const owner = checklist.item(sponsor).getByText(longOwner);
    await expect(owner).toHaveAttribute('title', `Owner: ${longOwner}`);
    expect(await overlap(checklist.item(sponsor), checklist.summary)).toBe(false);
    await expectNoSidewaysScroll(page);
  });
}

test('tabs that do not fit scroll sideways, with an arrow that shows there are more', async ({ desktop }) => {
  const page = await desktop.launch();
  await page.setViewportSize({ width: 640, height: 600 });
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Narrow', 'Customer service');
  const briefing = workspace.tab('Briefing');
  await expect(page.getByTestId('tabs-more-before')).toBeHidden();
  await expect(briefing).not.toBeInViewport({ ratio: 1 });
  await page.getByTestId('tabs-more-after').click();
  // Whole, give or take the fraction of a pixel where the strip's edge falls.
  await expect(briefing).toBeInViewport({ ratio: 0.99 });
  await expect(page.getByTestId('tabs-more-before')).toBeVisible();
  await expect(page.getByTestId('tabs-more-after')).toBeHidden();
  // The keyboard brings a tab into view as it takes focus.
  await workspace.tab('Briefing').focus();
  await page.keyboard.press('Home');
  await expect(workspace.tab('Overview')).toBeInViewport({ ratio: 0.99 });
});

test('the sample’s costs at 1280×800: cost lines keep to their own column and the business case fits without scrolling', async ({
  desktop,
}) => {
  const page = await desktop.launch();
  await page.setViewportSize({ width: 1280, height: 800 });
  await new HomePage(page).expectLoaded();
  await page.getByRole('button', { name: 'Look around a sample project first' }).click();
  await page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab', { name: 'Costs' }).click();
  const oneTime = page.locator('.cost-line:not(.cost-line--retained)');
  const retained = page.locator('.cost-lines').nth(1);
  await expect(oneTime.first()).toBeVisible();
  for (const line of await oneTime.all()) expect(await overlap(line, retained)).toBe(false);
  const comparison = page.getByRole('region', { name: 'Comparison of the options' });
  await comparison.scrollIntoViewIfNeeded();
  expect(await comparison.evaluate((region) => region.scrollWidth <= region.clientWidth + 1)).toBe(true);
  await expectNoSidewaysScroll(page);
});
