import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';
import { BriefingPage } from './pages/BriefingPage';
import { HomePage } from './pages/HomePage';

async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  return { pages: pdf.numPages, text: text.replace(/\s+/g, ' ') };
}

test('the sample project’s briefing for the CFO, exported as PDF and Word and read back', async ({ desktop }) => {
  // A long journey with three exports: more time on a busy machine, same checks.
  test.setTimeout(180_000);
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await page.getByRole('button', { name: 'Look around a sample project first' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Larkfield Home: customer service');

  const briefing = new BriefingPage(page);
  await briefing.open();
  await briefing.audience('Chief Financial Officer');
  await expect(briefing.preview.getByRole('heading', { name: 'Business case', exact: true }).first()).toBeVisible();
  await expect(briefing.preview.locator('body')).toContainText('Meridian Shore Support');
  await expect(briefing.preview.locator('body')).toContainText('Rapidesk Global');

  // A fact in the preview leads to its record.
  await briefing.preview.locator('[data-ref-tab="costs"]').first().click();
  await expect(page.getByRole('tab', { name: 'Costs' })).toHaveAttribute('aria-selected', 'true');
  await briefing.open();

  const pdfPath = join(desktop.root, 'briefing.pdf');
  desktop.dialogAnswers.save.push(pdfPath);
  await briefing.export(/^PDF/);
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible({ timeout: 20_000 });
  const pdf = await pdfText(pdfPath);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.pages).toBeLessThanOrEqual(12);
  for (const sentence of ['Larkfield Home', 'Executive summary', 'Business case', 'Meridian Shore Support']) {
    expect(pdf.text).toContain(sentence);
  }
  expect(pdf.text).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);

  const docxPath = join(desktop.root, 'briefing.docx');
  desktop.dialogAnswers.save.push(docxPath);
  await briefing.export(/^Word/);
  await expect
    .poll(
      () =>
        readFile(docxPath).then(
          (b) => b.length,
          () => 0,
        ),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(5000);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(docxPath)))['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('Heading1');
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('Meridian Shore Support');

  const mdPath = join(desktop.root, 'briefing.md');
  desktop.dialogAnswers.save.push(mdPath);
  await briefing.export(/^Markdown/);
  await expect.poll(() => readFile(mdPath, 'utf8').catch(() => '')).toContain('# ');
});

test('the board briefing fits on one printed page', async ({ desktop }) => {
  const page = await desktop.launch();
  await new HomePage(page).expectLoaded();
  await page.getByRole('button', { name: 'Try a sample project' }).click();
  const briefing = new BriefingPage(page);
  await briefing.open();
  await briefing.audience('Board of directors');
  const pdfPath = join(desktop.root, 'board.pdf');
  desktop.dialogAnswers.save.push(pdfPath);
  await briefing.export(/^PDF/);
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible({ timeout: 20_000 });
  expect((await pdfText(pdfPath)).pages).toBe(1);
});

test('an empty project still briefs: every section shows its gap and links to where to fill it', async ({
  desktop,
}) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await home.createProject('Empty briefing', 'IT help desk');
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect(briefing.preview.locator('body')).not.toContainText(/NaN|undefined|Infinity|null/);
  // A gap in the briefing's own settings puts the keyboard in the field; one elsewhere opens its tab.
  await briefing.strength.getByRole('button', { name: 'Briefing: decision requested' }).click();
  await expect(page.getByLabel('Decision you are asking for')).toBeFocused();
  await briefing.strength.getByRole('button', { name: 'Strategic goals' }).click();
  await expect(page.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the briefing screen has no serious accessibility violations (${colorScheme})`, async ({ desktop }) => {
    const page = await desktop.launch({ colorScheme });
    await new HomePage(page).expectLoaded();
    await page.getByRole('button', { name: 'Try a sample project' }).click();
    const briefing = new BriefingPage(page);
    await briefing.open();
    await page.getByRole('button', { name: /Add note to Executive summary/ }).click();
    // Legacy mode scans each frame where it is: the preview's frame runs no script, by design.
    const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
