import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { requests } from '../../shared/contract';
import { projectChanges } from '../../shared/model/projectChanges';
import { parseProjectFile } from '../../shared/model/projectFile';
import type { Result } from '../../shared/result';
import { TestClock, testMachine, testPorts } from './support/testPorts';

let root: string;
let services: Services;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'orw-delta-'));
  services = createServices(testPorts(testMachine(root), new TestClock()));
});

afterEach(async () => {
  await services.dispose();
  await rm(root, { recursive: true, force: true });
});

describe('saving only what changed', () => {
  it('merges the sent sections into what the file holds and writes the whole project', async () => {
    const created = value(
      await services.handlers['project:create']({ name: 'Delta', functionTemplate: 'collections' }),
    );
    const [first, ...rest] = created.project.checklist.items;
    if (!first) throw new Error('the template has items');
    const edited = {
      ...created.project,
      currency: 'EUR',
      checklist: { items: [{ ...first, owner: 'Sam' }, ...rest] },
    };
    const changes = structuredClone(projectChanges(created.project, edited));
    expect(changes.vendors).toBeUndefined();
    const request = requests['project:save'].parse({
      path: created.path,
      project: changes,
      baseRevision: created.revision,
    });
    value(await services.handlers['project:save'](request));

    const onDisk = parseProjectFile(await readFile(created.path, 'utf8'));
    expect(onDisk.ok && onDisk.value.checklist.items[0]?.owner).toBe('Sam');
    expect(onDisk.ok && onDisk.value.currency).toBe('EUR');
    expect(onDisk.ok && onDisk.value.vendors).toEqual(created.project.vendors);
  });

  it('refuses changes based on a revision the main process no longer has, instead of guessing', async () => {
    const created = value(
      await services.handlers['project:create']({ name: 'Stale', functionTemplate: 'collections' }),
    );
    const changes = projectChanges(created.project, { ...created.project, name: 'Stale two' });
    const stale = requests['project:save'].parse({
      path: created.path,
      project: changes,
      baseRevision: created.revision - 1,
    });
    expect(await services.handlers['project:save'](stale)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
