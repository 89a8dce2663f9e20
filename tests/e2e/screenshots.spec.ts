import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';

/**
 * Renders the main screens in light and dark for review (test-results/screenshots/). With
 * README_SCREENSHOTS=1 (`npm run screenshots`) it also refreshes the images the README shows.
 */
const reviewFolder = 'test-results/screenshots';
const readmeFolder = 'build/screenshots';
const readmeShots = new Set(['home-light', 'workspace-light', 'workspace-dark']);

async function capture(page: Page, name: string): Promise<void> {
  await mkdir(reviewFolder, { recursive: true });
  const path = join(reviewFolder, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
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
    await capture(page, `workspace-${colorScheme}`);

    await workspace.backToProjects();
    await expect(home.projectCard('Northwind collections')).toBeVisible();
    await capture(page, `home-${colorScheme}`);
  });
}
