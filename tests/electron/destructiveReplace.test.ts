import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backups } from '../../electron/services/backups';
import type { FileContent } from '../../electron/services/durableWrite';
import { join } from 'node:path';
import { errno, trustBench, value, type TrustBench } from './support/trustHarness';

/** Backups that work until told to fail, the way a full disk makes them fail. */
class SwitchableBackups extends Backups {
  failing = false;
  override async snapshot(projectId: string, bytes: FileContent, source?: string): Promise<void> {
    if (this.failing) throw errno('ENOSPC');
    return super.snapshot(projectId, bytes, source);
  }
  override async keepDamaged(projectId: string, bytes: Uint8Array): Promise<void> {
    if (this.failing) throw errno('ENOSPC');
    return super.keepDamaged(projectId, bytes);
  }
}

let bench: TrustBench;
let backups: SwitchableBackups;

beforeEach(async () => {
  bench = await trustBench();
  backups = new SwitchableBackups(join(bench.machine.userData, 'backups'), bench.clock);
});
afterEach(() => bench.done());

describe('no destructive replace without a verified backup', () => {
  it('restoring a backup stops, leaving the file untouched, when the version it would replace cannot be backed up', async () => {
    const services = bench.launch({ backups });
    const created = await bench.create(services);
    const opened = value(await services.handlers['project:open']({ path: created.path }));
    bench.clock.advance(1000);
    value(
      await services.handlers['project:save']({
        path: created.path,
        project: { ...opened.project, currency: 'EUR' },
        baseRevision: opened.revision,
        overwrite: false,
      }),
    );
    const [backup] = value(await services.handlers['backup:list']({ path: created.path })).backups;
    const before = await readFile(created.path, 'utf8');

    backups.failing = true;
    const restore = await services.handlers['backup:restore']({ path: created.path, backupId: backup?.id ?? '' });
    expect(restore).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!restore.ok && restore.error.message).toMatch(/Couldn't keep a backup .* so nothing was changed/);
    expect(await readFile(created.path, 'utf8')).toBe(before);
  });

  it('"Overwrite" after a conflict stops, leaving the other version on disk, when that version cannot be backed up', async () => {
    const services = bench.launch({ backups });
    const created = await bench.create(services);
    const theirs = (await readFile(created.path, 'utf8')).replace('"currency": "USD"', '"currency": "CAD"');
    await writeFile(created.path, theirs);

    backups.failing = true;
    const overwrite = await services.handlers['project:save']({
      path: created.path,
      project: { ...created.project, currency: 'EUR' },
      baseRevision: created.revision,
      overwrite: true,
    });
    expect(overwrite).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await readFile(created.path, 'utf8')).toBe(theirs);

    backups.failing = false;
    value(
      await services.handlers['project:save']({
        path: created.path,
        project: { ...created.project, currency: 'EUR' },
        baseRevision: created.revision,
        overwrite: true,
      }),
    );
    const kept = value(await services.handlers['backup:list']({ path: created.path })).backups;
    expect(kept.length).toBeGreaterThan(0);
  });

  it('a failed periodic backup is reported with the save, not only in a log', async () => {
    const services = bench.launch({ backups });
    const created = await bench.create(services);
    backups.failing = true;
    bench.clock.advance(11 * 60 * 1000);
    const saved = value(
      await services.handlers['project:save']({
        path: created.path,
        project: { ...created.project, currency: 'EUR' },
        baseRevision: created.revision,
        overwrite: false,
      }),
    );
    expect(saved.warning).toMatch(/backup copy could not be made \(ENOSPC\)/);
    await services.dispose();
    expect(await readFile(join(services.logFolder, 'workbench.log'), 'utf8')).toMatch(
      /failure: backup of .* failed \| ENOSPC/,
    );
  });
});
