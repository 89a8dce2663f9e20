import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { parseProjectFile } from '../../shared/model/projectFile';
import { expect, test } from './fixtures';
import { CostsPage } from './pages/CostsPage';
import { HomePage } from './pages/HomePage';

const usd = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
/** Present value of 1 a year for 3 years at 8%, savings at each year's end. */
const annuity = 1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3;

test('enter cost history by keyboard and paste, compare two quotes with keeping it in-house, undo a paste, and find it all after a restart', async ({
  desktop,
}) => {
  // A long journey with a restart: more time on a busy machine, same checks.
  test.setTimeout(180_000);
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Acme support', 'Customer service');
  const costs = new CostsPage(page);
  await costs.open();
  await costs.addYear();
  await costs.addYear();
  await costs.addYear();
  await expect(costs.grid.getByRole('columnheader')).toHaveCount(5); // category, three years, all periods

  // Keyboard only: Tab into the grid, type to replace, Tab moves right and wraps to the next row.
  await page.getByRole('button', { name: 'Export CSV…' }).focus();
  await page.keyboard.press('Tab');
  await expect(costs.cell(0, 0)).toBeFocused();
  for (const value of ['400000', '420,000', '450000']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await expect(costs.cell(1, 0)).toBeFocused();
  for (const value of ['80000', '84000', '90000']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  expect(await costs.rowTexts('Labour')).toEqual(['400,000', '420,000', '450,000']);
  // F2 edits what is there; Escape leaves it unchanged; Delete clears; Enter commits and moves down.
  await costs.cell(1, 2).click();
  await page.keyboard.press('F2');
  await page.keyboard.press('End');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  expect(await costs.rowTexts('Benefits')).toEqual(['80,000', '84,000', '90,000']);
  await page.keyboard.press('Delete');
  expect(await costs.rowTexts('Benefits')).toEqual(['80,000', '84,000', '']);
  await page.keyboard.type('90000');
  await page.keyboard.press('Enter');
  await expect(costs.cell(2, 2)).toBeFocused();
  // The project takes a cell just after Enter's frame; an undo pressed at once takes back that very edit.
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  await expect.poll(() => costs.rowTexts('Facilities')).toEqual(['', '', '']);
  await expect(costs.grid.getByRole('textbox')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect.poll(() => costs.rowTexts('Facilities')).toEqual(['', '', '7']);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');

  // A block copied from a spreadsheet, with a currency symbol, parentheses and a bad cell.
  await costs.cell(2, 0).click();
  await costs.paste(
    [
      '30,000\t31,000\t32,000',
      '$24,000.00\t29,000\t36,000',
      '40,000\t41,000\t43,000',
      '18,000\t22,000\t27,000',
      '12,000\t19,000\t26,000',
      'abc\t(2,000)\t5,000',
      '',
    ].join('\r\n'),
  );
  await expect(costs.message).toContainText('Pasted 17 cells. 1 cell was not read');
  await expect(costs.cell(7, 0)).toHaveAttribute('aria-invalid', 'true');
  await expect(costs.cell(7, 0)).toContainText('abc, not read: “abc” is not an amount');
  expect((await costs.rowTexts('Other')).slice(1)).toEqual(['-2,000', '5,000']);

  // Undo takes the whole paste back in one step; redo puts it back.
  await page.keyboard.press('Control+z');
  expect(await costs.rowTexts('Technology')).toEqual(['', '', '']);
  await page.keyboard.press('Control+y');
  expect(await costs.rowTexts('Technology')).toEqual(['24,000', '29,000', '36,000']);

  await costs.cell(8, 0).click();
  await costs.paste('98000\t101000\t104000');
  const baseline = 450_000 + 90_000 + 32_000 + 36_000 + 43_000 + 27_000 + 26_000 + 5_000;
  await expect(page.getByRole('region', { name: 'Baseline' })).toContainText(usd(baseline));
  await expect(page.getByRole('region', { name: 'Baseline' })).toContainText('$6.82');

  // Two quotes: all-inclusive and itemised; the retained organisation from the forgotten-costs prompts.
  await costs.addVendor('Northwind BPO');
  const northwind = costs.quote('Northwind BPO');
  await northwind.getByLabel('Yearly price').fill('520,000');
  await northwind.getByLabel('Change requests a year').fill('4');
  await northwind.getByLabel('Fee per change').fill('2500');
  await northwind.getByLabel('Months to full productivity').fill('3');
  await northwind.getByLabel('Parallel-run cost a month').fill('20000');
  await costs.addVendor('Contoso Care');
  const contoso = costs.quote('Contoso Care');
  await contoso.getByRole('radio', { name: 'Itemised price lines' }).check();
  await contoso.getByRole('button', { name: 'Add a line' }).click();
  await contoso.getByLabel('Line 1: what it is for').fill('Agents');
  await contoso.getByLabel('Line 1: yearly amount').fill('450000');
  await contoso.getByRole('button', { name: 'Add a line' }).click();
  await contoso.getByLabel('Line 2: what it is for').fill('Reporting');
  await contoso.getByLabel('Line 2: yearly amount').fill('30000');
  await page.getByRole('button', { name: /Relationship manager/ }).click();
  await page.getByLabel('Retained cost 1: yearly amount').fill('60000');

  // Keep in-house: today's cost. Northwind: 520,000 + 4 × 2,500 + 60,000 retained = 590,000 a year,
  // one-time 3 × 20,000 = 60,000, saving 119,000, payback 12 × 60,000 / 119,000 = 6.05 months.
  // Contoso: 450,000 + 30,000 + 60,000 = 540,000, saving 169,000, nothing one-time: pays back at once.
  // The business case follows the quotes once typing pauses: read its rows until they have caught up.
  await expect
    .poll(() => costs.optionRow('Keep in-house'))
    .toEqual(expect.arrayContaining([usd(baseline), '$0', '0%']) as unknown as string[]);
  await expect
    .poll(async () => (await costs.optionRow('Northwind BPO')).slice(0, 6))
    .toEqual([usd(590_000), usd(60_000), usd(119_000), '16.8%', usd(-60_000 + 119_000 * annuity), '6.1 months']);
  await expect
    .poll(async () => (await costs.optionRow('Contoso Care')).slice(0, 6))
    .toEqual([usd(540_000), '$0', usd(169_000), '23.8%', usd(169_000 * annuity), 'At once']);
  await expect(costs.caseTable.getByRole('rowheader', { name: /Contoso Care/ })).toContainText('Best NPV');

  // Everything is on disk: restart and open the project again.
  await workspace.expectSaved();
  await desktop.quit(page);
  const again = await desktop.launch();
  await new HomePage(again).openProject('Acme support');
  const after = new CostsPage(again);
  await after.open();
  expect(await after.rowTexts('Labour')).toEqual(['400,000', '420,000', '450,000']);
  expect(await after.rowTexts('Other')).toEqual(['', '-2,000', '5,000']);
  await expect.poll(async () => (await after.optionRow('Contoso Care')).slice(0, 1)).toEqual([usd(540_000)]);
  const file = parseProjectFile(await readFile(join(desktop.projectsFolder, 'Acme support.orw'), 'utf8'));
  expect(file.ok && file.value.vendors.vendors.map((v) => v.quote.pricingModel)).toEqual(['all-inclusive', 'itemised']);
  expect(file.ok && file.value.costs.retainedCosts).toEqual([
    expect.objectContaining({ label: 'Relationship manager', annualAmount: 60_000 }),
  ]);
});

test('the cost history goes out and comes back as CSV, with a report of the rows it could not read', async ({
  desktop,
}) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  await home.createProject('CSV costs', 'IT help desk');
  const costs = new CostsPage(page);
  await costs.open();
  await costs.addYear();
  await costs.cell(0, 0).click();
  await costs.paste('=1+1\r\n1000');
  await expect(costs.message).toContainText('not read');

  const exported = join(desktop.root, 'costs.csv');
  desktop.dialogAnswers.save.push(exported);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect.poll(() => readFile(exported, 'utf8').catch(() => '')).toContain('Benefits');

  const incoming = join(desktop.root, 'incoming.csv');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(
    incoming,
    [
      'Period,Kind,Start,Labour,Benefits,Volume',
      'FY2019,year,2019-01-01,"1,500",200,900',
      'Bad,year,not-a-date,1,2,3',
    ].join('\n'),
  );
  desktop.dialogAnswers.open.push(incoming);
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const report = page.getByRole('dialog', { name: 'Cost history imported' });
  await expect(report).toContainText('1 of 2 rows imported');
  await expect(report).toContainText('Row 3');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(costs.grid.getByRole('columnheader', { name: /FY2019/ })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the costs screen has no serious accessibility violations (${colorScheme})`, async ({ desktop }) => {
    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    await home.createProject('Accessible costs', 'Finance & accounting');
    const costs = new CostsPage(page);
    await costs.open();
    await costs.addYear();
    await costs.addYear();
    await costs.cell(0, 0).click();
    await costs.paste('100\t200\r\nxyz\t300');
    await costs.addVendor('Fabrikam');
    await costs.quote('Fabrikam').getByLabel('Yearly price').fill('250');
    await page.getByText('How is this computed?').click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
