import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BriefingPage } from './pages/BriefingPage';
import { HomePage } from './pages/HomePage';
import { VendorsPage } from './pages/VendorsPage';

/**
 * Every tab of the sample engagement in light and dark, for review (test-results/screenshots/). With
 * README_SCREENSHOTS=1 (`npm run screenshots`) the README's images in build/screenshots/ are refreshed too,
 * including the first page of the exported PDF (drawn with Debian's pdftoppm when it is installed).
 */
const reviewFolder = 'test-results/screenshots';
const readmeFolder = 'build/screenshots';
const forReadme = process.env['README_SCREENSHOTS'] === '1';

async function capture(page: Page, name: string): Promise<void> {
  await mkdir(reviewFolder, { recursive: true });
  const path = join(reviewFolder, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  if (forReadme) {
    await mkdir(readmeFolder, { recursive: true });
    await copyFile(path, join(readmeFolder, `${name}.png`));
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sample engagement, tab by tab (${colorScheme})`, async ({ desktop }) => {
    test.setTimeout(180_000);
    const page = await desktop.launch({ colorScheme });
    await new HomePage(page).expectLoaded();
    await page.getByRole('button', { name: 'Look around a sample project first' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Larkfield Home: customer service');
    const tab = (name: string) => page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab', { name });

    await capture(page, `sample-overview-${colorScheme}`);
    await tab('Checklist').click();
    await capture(page, `sample-checklist-${colorScheme}`);
    await tab('Costs').click();
    await expect(page.getByRole('grid', { name: 'Cost history by category and period' })).toBeVisible();
    await capture(page, `sample-costs-${colorScheme}`);
    await page.getByRole('heading', { name: 'Business case' }).scrollIntoViewIfNeeded();
    await capture(page, `sample-business-case-${colorScheme}`);

    const vendors = new VendorsPage(page);
    await vendors.open();
    await expect(vendors.sentence).not.toHaveText(/Working out/);
    await capture(page, `sample-vendors-${colorScheme}`);
    await vendors.panel('Scores');
    await vendors.scoreAs('All evaluators (combined, read only)');
    await capture(page, `sample-scores-${colorScheme}`);
    await vendors.panel('Weights');
    await capture(page, `sample-weights-${colorScheme}`);

    await tab('Plan').click();
    await capture(page, `sample-plan-${colorScheme}`);
    const briefing = new BriefingPage(page);
    await briefing.open();
    await expect(briefing.preview.getByRole('heading', { name: 'Executive summary' })).toBeVisible();
    await capture(page, `sample-briefing-${colorScheme}`);

    if (forReadme && colorScheme === 'light') {
      const pdf = join(desktop.root, 'briefing.pdf');
      desktop.dialogAnswers.save.push(pdf);
      await briefing.export(/^PDF/);
      await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible({ timeout: 20_000 });
      await promisify(execFile)('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        join(readmeFolder, 'briefing-pdf-page1'),
      ]).catch(() => console.warn('pdftoppm is not installed: the PDF page image was not refreshed.'));
    }
  });
}
