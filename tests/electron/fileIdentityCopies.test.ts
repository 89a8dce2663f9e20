import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trustBench, value, type TrustBench } from './support/trustHarness';

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

describe('one identity per file', () => {
  it('keeps an Explorer copy and its original both in the library, gives the copy its own id and keeps their backups apart', async () => {
    const services = bench.launch();
    const original = await bench.create(services, 'Acme');
    await services.handlers['project:close']({ path: original.path });
    const copyPath = join(bench.projectsFolder, 'Acme - Copy.orw');
    await copyFile(original.path, copyPath);

    services.acceptPathFromOs(copyPath);
    const copy = value(await services.handlers['project:open']({ path: copyPath }));
    expect(copy.project.id).not.toBe(original.project.id);
    expect(copy.notices?.join(' ')).toMatch(/is a copy of .*Acme\.orw.* given its own identity/);
    await services.handlers['project:close']({ path: copyPath });
    const reopened = value(await services.handlers['project:open']({ path: copyPath }));
    expect(reopened.project.id).toBe(copy.project.id);
    expect(reopened.notices).toEqual([]);

    const listed = value(await services.handlers['library:list']({})).projects.map((p) => p.path);
    expect(listed).toEqual(expect.arrayContaining([original.path, copyPath]));

    value(await services.handlers['project:open']({ path: original.path }));
    const backupsRoot = join(bench.machine.userData, 'backups');
    await vi.waitFor(async () =>
      expect((await readdir(backupsRoot)).toSorted()).toEqual([copy.project.id, original.project.id].toSorted()),
    );
  });
});
