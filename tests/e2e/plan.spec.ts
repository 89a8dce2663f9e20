import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { parseProjectFile } from '../../shared/model/projectFile';
import { expect, test } from './fixtures';
import { CostsPage } from './pages/CostsPage';
import { HomePage } from './pages/HomePage';

test('a partnership plan: goals, a KPI whose baseline comes from the cost history, the usual meetings, an escalation path and risks on the matrix; kept after a restart', async ({
  desktop,
}) => {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Acme support', 'Customer service');
  // One year of costs and volume: 500,000 for 100,000 contacts is $5.00 a contact.
  const costs = new CostsPage(page);
  await costs.open();
  await costs.addYear();
  await costs.cell(0, 0).click();
  await costs.paste('500000');
  await costs.cell(8, 0).click();
  await costs.paste('100000');

  await workspace.tab('Plan').click();
  const plan = workspace.panel('Plan');
  await plan.getByLabel('New goal').fill('Open a second market next year');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(plan.getByLabel('How outsourcing serves it')).toBeFocused();
  await page.keyboard.type('Frees the team lead to build the new market');

  await page.getByRole('button', { name: /Cost per contact.*today \$5\.00/ }).click();
  await expect(plan.getByLabel('Baseline today')).toHaveValue(/^\$5\.00/);
  await expect(plan.getByLabel('Target')).toBeFocused();
  await page.keyboard.type('$4.20 by month 6');
  await page.getByRole('button', { name: /First-contact resolution/ }).click();
  await expect(page.locator('.plan-suggestions').getByRole('button', { name: /First-contact resolution/ })).toHaveCount(
    0,
  );

  await plan.getByLabel('Name', { exact: true }).fill('Dana Whitfield');
  await plan.getByLabel('Share of their time').fill('50');
  await page.getByRole('button', { name: /Add the usual rhythm/ }).click();
  await expect(plan.getByLabel('Meeting')).toHaveCount(3);
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.keyboard.type('Team lead');
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.keyboard.type('Head of operations');

  await plan.getByLabel('New risk').fill('Key staff leave before knowledge transfer');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await plan.getByLabel('Impact').selectOption('high');
  await plan.getByLabel('Likelihood').selectOption('high');
  const matrix = page.getByRole('table', { name: /Risk matrix/ });
  await expect(
    matrix
      .getByRole('row', { name: /High impact/ })
      .getByRole('cell')
      .nth(2),
  ).toContainText('R1');

  // Undo takes the last edit back (the likelihood), redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(
    matrix
      .getByRole('row', { name: /High impact/ })
      .getByRole('cell')
      .nth(1),
  ).toContainText('R1');
  await page.keyboard.press('Control+y');

  await workspace.expectSaved();
  await desktop.quit(page);
  const again = await desktop.launch();
  const reopened = await new HomePage(again).openProject('Acme support');
  await reopened.tab('Plan').click();
  await expect(reopened.panel('Plan').getByLabel('Target').first()).toHaveValue('$4.20 by month 6');
  const file = parseProjectFile(await readFile(join(desktop.projectsFolder, 'Acme support.orw'), 'utf8'));
  const saved = file.ok ? file.value.plan : null;
  expect(saved?.goals.map((g) => g.goal)).toEqual(['Open a second market next year']);
  expect(saved?.expectations.map((e) => e.kpi)).toEqual(['Cost per contact', 'First-contact resolution']);
  expect(saved?.governance.relationshipManager).toMatchObject({ name: 'Dana Whitfield', timeShare: 0.5 });
  expect(saved?.governance.meetings.map((m) => m.frequency)).toEqual(['weekly', 'monthly', 'quarterly']);
  expect(saved?.governance.escalationPath).toEqual(['Team lead', 'Head of operations']);
  expect(saved?.risks).toEqual([expect.objectContaining({ likelihood: 'high', impact: 'high' })]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the plan screen has no serious accessibility violations (${colorScheme})`, async ({ desktop }) => {
    const page = await desktop.launch({ colorScheme });
    const home = new HomePage(page);
    await home.expectLoaded();
    const workspace = await home.createProject('Accessible plan', 'Collections & receivables');
    await workspace.tab('Plan').click();
    await page.getByLabel('New goal').fill('Cash in sooner');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('button', { name: /Days sales outstanding/ }).click();
    await page.getByRole('button', { name: /Add the usual rhythm/ }).click();
    await page.getByLabel('New risk').fill('Customers complain about tone');
    await page.getByRole('button', { name: 'Add risk' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
