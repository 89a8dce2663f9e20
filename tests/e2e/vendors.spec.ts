import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { unzipSync, strFromU8 } from 'fflate';
import { parseProjectFile } from '../../shared/model/projectFile';
import { expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';
import { VendorsPage } from './pages/VendorsPage';

const [northwind, contoso, fabrikam] = ['Northwind BPO', 'Contoso Care', 'Fabrikam'];

/**
 * Northwind scores 5 everywhere but total cost (1); Contoso 3 everywhere but total cost (5); Fabrikam 4 but
 * 2 on security, below its knock-out minimum of 3. With equal weights (AHP, every pair judged equal) and
 * 17 criteria: Northwind 16/17 × 100 = 94.1, Contoso (1 + 16 × 0.5)/17 × 100 = 52.9, Fabrikam out.
 * Moving the weight w on total cost: Northwind (1 − w) = Contoso w + (1 − w)/2 at w = 1/3, so first place
 * flips to Contoso at 33.3%.
 */
function keyFor(criterion: string, vendor: number): string {
  if (criterion === 'Total cost') return ['1', '5', '4'][vendor] ?? '3';
  if (criterion === 'Security and compliance' && vendor === 2) return '2';
  return ['5', '3', '4'][vendor] ?? '3';
}

test('three vendors scored blind by two evaluators, weighed by AHP, ranked with flip points; questionnaire out and scores in by CSV; all kept after a restart', async ({
  desktop,
}) => {
  // A long journey (two evaluators × 51 scores by keyboard, restarts): more time on a busy machine, same checks.
  test.setTimeout(180_000);
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Acme support', 'Customer service');
  const vendors = new VendorsPage(page);
  await vendors.open();
  await vendors.addParticipants([northwind, contoso, fabrikam], ['Dana', 'Sam']);

  // Each evaluator scores blind, by keyboard: digits score, arrows move.
  await vendors.panel('Scores');
  const rows = await vendors.rowNames();
  expect(rows).toHaveLength(17);
  for (const evaluator of ['Dana', 'Sam']) {
    await vendors.scoreAs(evaluator);
    await expect(page.getByText(`Scoring blind as ${evaluator}`)).toBeVisible();
    await vendors.cell(0, 0).click();
    if (evaluator === 'Sam') await expect(vendors.cell(0, 0)).toHaveText('·not scored');
    for (const [r, criterion] of rows.entries()) {
      // The rubric beside the grid is the focused criterion's, whichever vendor is scored on it.
      if (evaluator === 'Dana' && r < 2) await expect(vendors.rubric.locator('.rubric__where')).toHaveText(criterion);
      for (let v = 0; v < 3; v += 1) {
        await page.keyboard.press(keyFor(criterion, v));
        if (v < 2) await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Home');
      if (r < rows.length - 1) await page.keyboard.press('ArrowDown');
    }
    await expect(page.getByText(`${rows.length * 3} of ${rows.length * 3} scored`)).toBeVisible();
  }
  // Enter opens the note of the focused score; Delete clears it, and the cell reads "not scored".
  await vendors.cell(0, 0).click();
  await page.keyboard.press('Enter');
  await page.getByLabel('Note: why this score?').fill('Strong references from two similar clients.');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(vendors.cell(0, 0)).toContainText('5');

  // Results hide while someone scores blind.
  await vendors.panel('Results');
  await expect(page.getByText('Results are hidden while Sam scores blind')).toBeVisible();
  await page.getByRole('button', { name: 'Stop scoring blind and show the results' }).click();

  // Pairwise weights with nothing judged: every criterion counts the same.
  await vendors.panel('Weights');
  await page.getByRole('radio', { name: 'Comparing criteria in pairs (AHP)' }).check();
  await expect(page.getByText('Consistency ratio 0.00')).toBeVisible();
  await vendors.panel('Results');
  expect(await vendors.rankingNames()).toEqual([northwind, contoso, fabrikam]);
  await expect(vendors.rankingRow(northwind)).toContainText('94.1');
  await expect(vendors.rankingRow(contoso)).toContainText('52.9');
  await expect(vendors.rankingRow(fabrikam)).toContainText(
    'Knocked out: below the minimum on Security and compliance.',
  );
  await expect(page.locator('.flip-table')).toContainText('Total cost5.9%33.3% → Contoso Care');
  await expect(vendors.sentence).toHaveText(
    /^Northwind BPO ranks first in \d+(\.\d)?% of plausible weightings; it loses first place only if the weight on Total cost rises above 33% \(now 6%\), when Contoso Care takes over\.$/,
  );

  // A judgment that contradicts the others is pointed at.
  await vendors.panel('Weights');
  const slider = (a: string, b: string) => page.getByRole('slider', { name: `${a} against ${b}` });
  // Two circles of judgments (A over B over C over A): with 17 criteria, one alone is diluted below 0.10.
  const circles = [
    ['Culture fit', 'Commitment to client and customer satisfaction', 'Joint problem solving'],
    ['Transparency and communication', 'Tailored to our business', 'Who the provider answers to first'],
  ] as const;
  for (const [a, b, c] of circles) {
    await slider(a, b).fill('8');
    await slider(b, c).fill('8');
    await slider(a, c).fill('-8');
  }
  await expect(page.getByText(/above 0\.10: some judgments contradict each other/)).toBeVisible();
  await expect(page.getByText(/The judgment that fits the others least/)).toBeVisible();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Control+z');
  await expect(page.getByText('Consistency ratio 0.00')).toBeVisible();

  // The questionnaire goes out as Word; a score sheet comes back with two bad rows.
  await vendors.panel('Vendors & evaluators');
  const docxPath = join(desktop.root, 'questions.docx');
  desktop.dialogAnswers.save.push(docxPath);
  await page.getByRole('button', { name: /Questionnaire & scores/ }).click();
  await page.getByRole('menuitem', { name: 'Questionnaire as Word…' }).click();
  await expect
    .poll(() =>
      readFile(docxPath).then(
        (b) => b.length,
        () => 0,
      ),
    )
    .toBeGreaterThan(5000);
  const documentXml = strFromU8(
    unzipSync(new Uint8Array(await readFile(docxPath)))['word/document.xml'] ?? new Uint8Array(),
  );
  expect(documentXml).toContain('Culture fit');
  expect(documentXml).toContain('Heading1');

  const csvPath = join(desktop.root, 'scores.csv');
  await writeFile(
    csvPath,
    [
      'Vendor,Criterion,Evaluator,Score,Note',
      `${contoso},Culture fit,Dana,4,Warm and curious`,
      `${contoso},Culture fit,Nobody,4,`,
      `${fabrikam},Total cost,Sam,9,`,
    ].join('\n'),
  );
  desktop.dialogAnswers.open.push(csvPath);
  await page.getByRole('button', { name: /Questionnaire & scores/ }).click();
  await page.getByRole('menuitem', { name: 'Import scores (CSV)…' }).click();
  const report = page.getByRole('dialog', { name: 'Scores imported' });
  await expect(report).toContainText('1 of 3 rows imported');
  await expect(report.locator('.import-report__row--rejected')).toHaveCount(2);
  await report.getByRole('button', { name: 'Done' }).click();

  // Everything is on disk.
  await workspace.expectSaved();
  await desktop.quit(page);
  const again = await desktop.launch();
  await new HomePage(again).openProject('Acme support');
  const after = new VendorsPage(again);
  await after.open();
  expect(await after.rankingNames()).toEqual([northwind, contoso, fabrikam]);
  const file = parseProjectFile(await readFile(join(desktop.projectsFolder, 'Acme support.orw'), 'utf8'));
  expect(file.ok && file.value.vendors.weighting.method).toBe('ahp');
  expect(file.ok && file.value.vendors.scores).toHaveLength(17 * 3 * 2);
  expect(file.ok && file.value.vendors.scores.find((s) => s.note === 'Warm and curious')?.score).toBe(4);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the vendors screens have no serious accessibility violations (${colorScheme})`, async ({ desktop }) => {
    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    await home.createProject('Accessible vendors', 'IT help desk');
    const vendors = new VendorsPage(page);
    await vendors.open();
    await vendors.addParticipants([northwind, contoso], ['Dana']);
    await vendors.panel('Scores');
    await vendors.scoreAs('Dana');
    await vendors.cell(0, 0).click();
    await page.keyboard.press('4');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('2');
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious(), 'scores').toEqual([]);
    await vendors.scoreAs('All evaluators (combined, read only)');
    for (const panel of ['Results', 'Criteria', 'Weights', 'Vendors & evaluators'] as const) {
      await vendors.panel(panel);
      if (panel === 'Criteria') await page.getByRole('button', { name: 'Culture fit', exact: true }).click();
      if (panel === 'Weights') await page.getByRole('radio', { name: 'Comparing criteria in pairs (AHP)' }).check();
      expect(await serious(), panel).toEqual([]);
    }
  });
}

test('the score grid keeps a grid’s semantics, its columns line up under their vendors, and a row shows its whole criterion name on hover', async ({
  desktop,
}) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await home.createProject('Aligned scores', 'Customer service');
  const vendors = new VendorsPage(page);
  await vendors.open();
  await vendors.addParticipants([northwind, contoso, fabrikam], ['Dana']);
  await vendors.panel('Scores');
  await vendors.scoreAs('Dana');

  const grid = page.getByRole('grid', { name: 'Scores by Dana' });
  const rows = await vendors.rowNames();
  for (const [col, name] of [northwind, contoso, fabrikam].entries()) {
    const header = grid.getByRole('columnheader', { name });
    await expect(header).toBeVisible();
    const head = await header.boundingBox();
    for (const row of [0, rows.length - 1]) {
      const cell = await vendors.cell(row, col).boundingBox();
      expect(cell && head && Math.abs(cell.x - head.x), `${name}, row ${row}`).toBeLessThan(1);
      expect(cell && head && Math.abs(cell.width - head.width), `${name}, row ${row}`).toBeLessThan(1);
    }
  }
  const longest = rows.reduce((a, b) => (b.length > a.length ? b : a));
  await expect(grid.getByRole('rowheader', { name: longest })).toHaveAttribute('title', longest);
  await expect(grid.getByRole('gridcell')).toHaveCount(rows.length * 3);
});
