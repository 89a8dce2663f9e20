import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createProject } from '../../shared/model/project';
import { serializeProjectFile } from '../../shared/model/projectFile';
import { CriterionSchema, EvaluatorSchema } from '../../shared/model/vendors';
import { appUrl, expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';

test('nothing leaves the machine: every request of a full journey goes to the app itself', async ({ desktop }) => {
  const page = await desktop.launch();
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  await page.reload();
  const home = new HomePage(page);
  await home.expectLoaded();
  const workspace = await home.createProject('Acme support', 'Customer service');
  for (const tab of ['Checklist', 'Costs', 'Vendors', 'Plan', 'Briefing', 'Overview']) {
    await workspace.tab(tab).click();
  }
  await workspace.setCurrency('EUR');
  await workspace.expectSaved();
  await workspace.rename('Acme care');
  await workspace.expectSaved();
  await workspace.backToProjects();
  await home.openProject('Acme care');
  await workspace.backToProjects();

  expect(requests.length).toBeGreaterThan(0);
  const elsewhere = requests.filter((url) => !url.startsWith(appUrl) && !/^(data|blob):/.test(url));
  expect(elsewhere).toEqual([]);
});

test('after opening a file the app says what it repaired, and removes hidden direction controls from names', async ({
  desktop,
}) => {
  const base = createProject({ name: 'Quarterly\u202Etxt.exe', functionTemplate: 'collections' });
  const criteria = [CriterionSchema.parse({ id: 'c1', name: 'Cost', group: 'commercial' })];
  const evaluators = [EvaluatorSchema.parse({ id: 'e1', name: 'Sam' })];
  const scores = ['gone-1', 'gone-2'].map((vendorId) => ({
    vendorId,
    criterionId: 'c1',
    evaluatorId: 'e1',
    score: 3,
    note: '',
  }));
  const project = { ...base, vendors: { ...base.vendors, criteria, evaluators, scores } };
  await mkdir(desktop.dropFolder, { recursive: true });
  const path = join(desktop.dropFolder, 'Hostile.orw');
  await writeFile(path, serializeProjectFile(project, { appVersion: 'x', savedAt: new Date() }));

  const page = await desktop.launch();
  await new HomePage(page).expectLoaded();
  await desktop.emit(page, 'app:open-path', { path });
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('2 scores for a vendor that no longer exists were dropped.');
  await expect(notice).toContainText('Hidden text-direction characters');
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterlytxt.exe' })).toHaveAttribute('dir', 'auto');
});

test('a path the app never handed out cannot be opened from the page', async ({ desktop }) => {
  const project = createProject({ name: 'Planted', functionTemplate: 'collections' });
  await mkdir(desktop.dropFolder, { recursive: true });
  const path = join(desktop.dropFolder, 'Planted.orw');
  await writeFile(path, serializeProjectFile(project, { appVersion: 'x', savedAt: new Date() }));
  const page = await desktop.launch();
  await new HomePage(page).expectLoaded();
  const reply = await page.evaluate(
    (p) =>
      (window as unknown as { workbench: { invoke(c: string, r: unknown): Promise<unknown> } }).workbench.invoke(
        'project:open',
        { path: p },
      ),
    path,
  );
  expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});
