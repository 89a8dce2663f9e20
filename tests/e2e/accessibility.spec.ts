import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';

/** Serious and critical axe violations on the page as it is now; moderate ones are reviewed by eye. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`home, new project dialog and workspace have no serious accessibility violations (${colorScheme})`, async ({
    desktop,
  }) => {
    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    expect(await seriousViolations(page), 'empty home').toEqual([]);

    await home.openNewProjectDialog();
    expect(await seriousViolations(page), 'new project dialog').toEqual([]);
    await home.dialog.getByRole('button', { name: 'Cancel' }).click();

    const workspace = await home.createProject('Accessible project', 'IT help desk');
    expect(await seriousViolations(page), 'workspace').toEqual([]);

    await page.getByRole('button', { name: 'Rename project' }).click();
    expect(await seriousViolations(page), 'renaming').toEqual([]);
    await page.getByRole('textbox', { name: 'Project name' }).press('Escape');

    await workspace.backToProjects();
    await expect(home.projectCard('Accessible project')).toBeVisible();
    expect(await seriousViolations(page), 'home with a project').toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Find, the shortcuts sheet and a theme chosen in the menu have no serious violations (${colorScheme})`, async ({
    desktop,
  }) => {
    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    await home.createProject('Findable', 'Customer service');

    await page.keyboard.press('Control+f');
    await page.getByRole('combobox', { name: 'Find' }).fill('sponsor');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await seriousViolations(page), 'find').toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Shift+?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page), 'shortcuts sheet').toEqual([]);
    await page.keyboard.press('Escape');

    await desktop.emit(page, 'app:menu-command', { command: 'view:theme-dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await seriousViolations(page), 'dark theme chosen in the menu').toEqual([]);
  });
}

test('every control on the home and in the workspace is reachable with Tab and has a name', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Keyboard project', 'Finance & accounting');
  // The keyboard starts on the project's title; the walk starts from the top of the window (a click there).
  await expect(workspace.title).toBeFocused();
  await page.mouse.click(1, 1);

  const names: string[] = [];
  for (let i = 0; i < 14; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    names.push(name);
  }
  expect(names.every((name) => name.length > 0)).toBe(true);
  expect(names).toEqual(
    expect.arrayContaining([
      'Projects',
      'Keyboard project',
      'All projects',
      'Settings',
      'File actions for Keyboard project',
      'Rename project',
      'Overview',
    ]),
  );

  // Arrow keys move between tabs, as in every desktop tab strip.
  await page.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Checklist' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Costs' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Cost history' })).toBeVisible();
});

test('a tab left for another is out of reach: not in the Tab order, not a second tab panel', async ({ desktop }) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Parked tabs', 'Customer service');
  for (const name of ['Checklist', 'Costs', 'Vendors', 'Plan', 'Overview']) {
    await workspace.tab(name).click();
    await expect(workspace.tab(name)).toHaveAttribute('aria-selected', 'true');
  }
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
  await expect(page.getByRole('tabpanel')).toContainText('Readiness');

  await workspace.tab('Overview').focus();
  const reached: Array<{ parked: boolean; inPanel: boolean }> = [];
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        return {
          parked: el?.closest('[data-parked]') != null,
          inPanel: el?.closest('[role="tabpanel"]:not([data-parked])') != null,
        };
      }),
    );
  }
  expect(reached.filter((r) => r.parked)).toEqual([]);
  expect(reached.some((r) => r.inPanel)).toBe(true);
});
