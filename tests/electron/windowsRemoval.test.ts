import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services';
import type { OpenedProject } from '../../shared/contract';
import { errno, trustBench, value, type TrustBench } from './support/trustHarness';

/** Removal that fails the way Windows does while an indexer, antivirus or sync client holds the file. */
function busyFor(times: number) {
  const calls: string[] = [];
  return {
    calls,
    remove: async (path: string) => {
      calls.push(path);
      if (calls.length <= times) throw errno('EBUSY');
      await rm(path);
    },
  };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Renames the project (and its file), as the title field does. */
async function renameTo(services: Services, created: OpenedProject, name: string) {
  return value(await services.handlers['project:rename']({ path: created.path, name, baseRevision: created.revision }));
}

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

describe('rename and move survive Windows', () => {
  it('retries removing the old file after a rename while it is busy, then removes it', async () => {
    const busy = busyFor(2);
    const services = bench.launch({ removeFile: busy.remove });
    const created = await bench.create(services, 'Old name');
    const renamed = await renameTo(services, created, 'New name');
    expect(busy.calls).toEqual([created.path, created.path, created.path]);
    expect(renamed).toMatchObject({ path: join(bench.projectsFolder, 'New name.orw'), warning: null });
    expect(await exists(created.path)).toBe(false);
  });

  it('carries on at the new path when the old file cannot be removed, and says the old copy remains', async () => {
    const services = bench.launch({ removeFile: busyFor(Number.POSITIVE_INFINITY).remove });
    const created = await bench.create(services, 'Old name');
    const renamed = await renameTo(services, created, 'New name');
    expect(renamed.warning).toMatch(/old file .*Old name\.orw.* could not be removed .* still there/);
    expect(await exists(created.path)).toBe(true);
    // Autosave writes to the new place.
    const saved = await services.handlers['project:save']({
      path: renamed.path,
      project: { ...renamed.project, currency: 'EUR' },
      baseRevision: renamed.revision,
      overwrite: false,
    });
    expect(saved.ok).toBe(true);
    expect(await readFile(renamed.path, 'utf8')).toContain('"currency": "EUR"');
  });

  it('a Move whose old file stays busy opens the project at its new place and tells the user', async () => {
    const services = bench.launch({ removeFile: busyFor(Number.POSITIVE_INFINITY).remove });
    const created = await bench.create(services, 'Movable');
    const target = join(bench.machine.root, 'Shared', 'Movable.orw');
    bench.machine.dialogAnswers.save.push(target);
    const moved = value(
      await services.handlers['project:save-as']({ path: created.path, project: created.project, move: true }),
    );
    expect(moved.path).toBe(target);
    expect(moved.notices?.join(' ')).toMatch(/could not be removed/);
    expect(
      (
        await services.handlers['project:save']({
          path: target,
          project: moved.project,
          baseRevision: moved.revision,
          overwrite: false,
        })
      ).ok,
    ).toBe(true);
  });
});
