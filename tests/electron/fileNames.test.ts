import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNewFileDurable } from '../../electron/services/durableWrite';
import { trustBench, value, type TrustBench } from './support/trustHarness';

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

describe('file names that work everywhere', () => {
  it('creates a file exclusively: an existing file is never replaced', async () => {
    await mkdir(bench.projectsFolder, { recursive: true });
    const path = join(bench.projectsFolder, 'Taken.orw');
    await writeFile(path, 'somebody else’s file');
    await expect(createNewFileDurable(path, 'mine')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('somebody else’s file');
  });

  it('never takes a name that differs from an existing file only in case or Unicode form', async () => {
    await mkdir(bench.projectsFolder, { recursive: true });
    await writeFile(join(bench.projectsFolder, 'cafe\u0301 ACME.orw'), 'a Mac user’s file');
    const services = bench.launch();
    const created = await bench.create(services, 'Caf\u00e9 Acme');
    expect(basename(created.path)).toBe('Caf\u00e9 Acme (2).orw');
  });

  it('saves a project whose name is 120 emoji (480 bytes) under a name of at most 200 bytes', async () => {
    const services = bench.launch();
    const created = await bench.create(services, '😀'.repeat(120));
    expect(Buffer.byteLength(basename(created.path, '.orw'))).toBeLessThanOrEqual(200);
    expect(created.project.name).toBe('😀'.repeat(120));
  });

  it('shows the cleaned name in the save dialog before saving a 244-character name, and leaves no stray lock', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Short');
    const folder = join(bench.machine.root, 'Clients');
    await mkdir(folder);
    const typed = join(folder, 'Quarterly review '.repeat(15).slice(0, 244));
    // The user types a long name; the dialog comes back proposing the cleaned one, and the user accepts it.
    bench.machine.dialogAnswers.save.push(typed, (proposed) => proposed);
    const saved = value(
      await services.handlers['project:save-as']({ path: created.path, project: created.project, move: false }),
    );
    const proposed = bench.machine.saveDialogDefaults[1] ?? '';
    expect(Buffer.byteLength(basename(proposed))).toBeLessThanOrEqual(204);
    expect(saved.path).toBe(proposed);
    expect((await readdir(folder)).toSorted()).toEqual([basename(proposed), `${basename(proposed)}.lock`].toSorted());
  });
});

describe('Save As and Move keep the project’s name', () => {
  it('saves under a typed file name without renaming the project', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Client A customer care');
    const folder = join(bench.machine.root, 'Clients');
    await mkdir(folder);
    bench.machine.dialogAnswers.save.push(join(folder, 'ClientA-v2-final.orw'));
    const saved = value(
      await services.handlers['project:save-as']({ path: created.path, project: created.project, move: false }),
    );
    expect(basename(saved.path)).toBe('ClientA-v2-final.orw');
    expect(saved.project.name).toBe('Client A customer care');
    const [listed] = value(await services.handlers['library:list']({})).projects.filter((p) => p.path === saved.path);
    expect(listed?.name).toBe('Client A customer care');
  });

  it('moves under a typed file name without renaming the project', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Client A customer care');
    bench.machine.dialogAnswers.save.push(join(bench.machine.root, 'ClientA-moved'));
    const moved = value(
      await services.handlers['project:save-as']({ path: created.path, project: created.project, move: true }),
    );
    expect(basename(moved.path)).toBe('ClientA-moved.orw');
    expect(moved.project).toMatchObject({ name: 'Client A customer care', id: created.project.id });
  });

  it('proposes a file named after the project', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Client A customer care');
    bench.machine.dialogAnswers.save.push((proposed) => proposed.replace(bench.projectsFolder, bench.machine.root));
    const moved = value(
      await services.handlers['project:save-as']({ path: created.path, project: created.project, move: true }),
    );
    expect(basename(bench.machine.saveDialogDefaults[0] ?? '')).toBe('Client A customer care.orw');
    expect(basename(moved.path)).toBe('Client A customer care.orw');
  });
});
