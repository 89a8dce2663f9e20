import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services';
import { parseProjectFile } from '../../shared/model/projectFile';
import { trustBench, value, type TrustBench } from './support/trustHarness';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'files');

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

const listed = async (services: Services) => value(await services.handlers['library:list']({})).projects;

describe('the library looks at its folder', () => {
  it('lists a project file copied into the projects folder, and lets it be opened', async () => {
    const services = bench.launch();
    await bench.create(services, 'Already here');
    expect(await listed(services)).toHaveLength(1);

    const copied = join(bench.projectsFolder, 'From a colleague.orw');
    await copyFile(join(fixtures, 'v2-collections-waivers.orw'), copied);
    const projects = await listed(services);
    expect(projects.map((p) => p.path)).toContain(copied);
    const opened = value(await services.handlers['project:open']({ path: copied }));
    expect(opened.path).toBe(copied);
  });

  it('finds it after a restart too, with library.json still in place', async () => {
    const first = bench.launch();
    await bench.create(first, 'Already here');
    await first.dispose();
    const copied = join(bench.projectsFolder, 'From a colleague.orw');
    await copyFile(join(fixtures, 'v1-foundation.orw'), copied);
    const projects = await listed(bench.launch());
    expect(projects.map((p) => p.path).toSorted()).toEqual(
      [join(bench.projectsFolder, 'Already here.orw'), copied].toSorted(),
    );
  });

  it('marks a file taken out of the folder as missing, and lists a file put back', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Wanders off');
    value(await services.handlers['project:close']({ path: created.path }));
    const away = join(bench.machine.root, 'away.orw');
    await rename(created.path, away);
    expect(await listed(services)).toEqual([expect.objectContaining({ path: created.path, missing: true })]);
    await rename(away, created.path);
    expect(await listed(services)).toEqual([expect.objectContaining({ path: created.path, missing: false })]);
  });

  it('skips files that are no project, and other files in the folder, without failing the list', async () => {
    const services = bench.launch();
    await bench.create(services, 'Real');
    await writeFile(join(bench.projectsFolder, 'Half written.orw'), '{"type": "outsourcing-readiness');
    await writeFile(join(bench.projectsFolder, 'notes.txt'), 'not a project');
    await mkdir(join(bench.projectsFolder, 'Archive.orw'));
    expect((await listed(services)).map((p) => p.name)).toEqual(['Real']);
  });

  it('lists a damaged file once it has been repaired in place', async () => {
    const services = bench.launch();
    const later = join(bench.projectsFolder, 'Later.orw');
    await mkdir(bench.projectsFolder, { recursive: true });
    await writeFile(later, '{ not yet');
    expect(await listed(services)).toEqual([]);
    await copyFile(join(fixtures, 'v1-foundation.orw'), later);
    expect((await listed(services)).map((p) => p.path)).toEqual([later]);
  });
});

describe('what the list says about each project', () => {
  it('keeps the readiness level and score, and the item done last', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Scored');
    const [first, second] = created.project.checklist.items;
    if (!first || !second) throw new Error('the template has items');
    const items = created.project.checklist.items.map((item) =>
      item.id === first.id
        ? { ...item, status: 'done' as const, completedAt: '2026-03-01T10:00:00.000Z' }
        : item.id === second.id
          ? { ...item, status: 'done' as const, completedAt: '2026-03-02T08:00:00.000Z' }
          : item,
    );
    value(
      await services.handlers['project:save']({
        path: created.path,
        project: { ...created.project, checklist: { items } },
        baseRevision: created.revision,
        overwrite: false,
      }),
    );
    const [summary] = await listed(services);
    expect(summary?.readiness).toEqual({ level: expect.any(String), score: expect.any(Number) });
    expect(summary?.readiness?.score).toBeGreaterThan(0);
    expect(summary?.lastDone).toEqual({ title: second.title, at: '2026-03-02T08:00:00.000Z' });
  });

  it('says nothing was done yet for a new project', async () => {
    const services = bench.launch();
    await bench.create(services, 'Fresh');
    const [summary] = await listed(services);
    expect(summary).toMatchObject({ readiness: { level: 'not-ready', score: 0 }, lastDone: null });
  });

  it('fills in what an older library did not keep', async () => {
    const first = bench.launch();
    const created = await bench.create(first, 'From an older version');
    await first.dispose();
    const indexPath = join(bench.machine.userData, 'library.json');
    const index = JSON.parse(await readFile(indexPath, 'utf8')) as { projects: Array<Record<string, unknown>> };
    for (const entry of index.projects) {
      delete entry['readiness'];
      delete entry['lastDone'];
    }
    await writeFile(indexPath, JSON.stringify(index));
    const [summary] = await listed(bench.launch());
    expect(summary).toMatchObject({ path: created.path, readiness: { level: 'not-ready' }, lastDone: null });
    const onDisk = parseProjectFile(await readFile(created.path, 'utf8'));
    expect(onDisk.ok).toBe(true);
  });
});
