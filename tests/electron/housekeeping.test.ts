import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Log, logKeptParts, logMaxBytes } from '../../electron/services/log';
import { trustBench, value, type TrustBench } from './support/trustHarness';

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

const day = 24 * 60 * 60 * 1000;

describe('housekeeping', () => {
  it('removes the backups of a project trashed more than 30 days ago, and not before', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Old client');
    value(await services.handlers['project:open']({ path: created.path }));
    await services.handlers['project:close']({ path: created.path });
    value(await services.handlers['project:delete']({ path: created.path }));
    await services.dispose();
    const backups = join(bench.machine.userData, 'backups');
    bench.clock.advance(29 * day);
    await bench.launch().housekeeping;
    expect(await readdir(backups)).toContain(created.project.id);
    bench.clock.advance(2 * day);
    await bench.launch().housekeeping;
    expect(await readdir(backups)).not.toContain(created.project.id);
  });

  it('keeps copies of damaged files 30 days, and always the newest one', async () => {
    const folder = join(bench.machine.userData, 'backups', '00000000-0000-4000-8000-000000000001');
    await mkdir(folder, { recursive: true });
    const stamp = (ms: number) =>
      `damaged-${new Date(bench.clock.now().getTime() - ms).toISOString().replace(/[:.]/g, '-')}.bin`;
    const names = [stamp(40 * day), stamp(35 * day), stamp(2 * day)];
    for (const name of names) await writeFile(join(folder, name), 'x');
    const lonely = join(bench.machine.userData, 'backups', '00000000-0000-4000-8000-000000000002');
    await mkdir(lonely, { recursive: true });
    await writeFile(join(lonely, stamp(90 * day)), 'x');
    await bench.launch().housekeeping;
    expect(await readdir(folder)).toEqual([names[2]]);
    expect(await readdir(lonely)).toHaveLength(1);
  });
});

describe('the log', () => {
  it('is a file in userData whose folder the shell can open, recording repairs and lock take-overs', async () => {
    const services = bench.launch();
    expect(services.logFolder).toBe(join(bench.machine.userData, 'logs'));
    const created = await bench.create(services, 'Logged');
    await services.dispose();
    const text = (await readFile(created.path, 'utf8')).replace('"name": "Logged"', '"name": "Logged\\u202E"');
    await writeFile(created.path, text);
    const old = new Date(bench.clock.now().getTime() - 10 * 60_000).toISOString();
    await writeFile(
      `${created.path}.lock`,
      JSON.stringify({ instance: 'x', machine: 'm', pid: 1, host: 'h', user: 'u', since: old, refreshedAt: old }),
    );
    const next = bench.launch();
    value(await next.handlers['project:open']({ path: created.path }));
    await next.dispose();
    const log = await readFile(join(next.logFolder, 'workbench.log'), 'utf8');
    expect(log).toMatch(/repair: .*Logged\.orw: Hidden text-direction characters/);
    expect(log).toMatch(/lock: took over a stale lock on .*Logged\.orw/);
  });

  it('rotates at its size limit, keeping three older parts', async () => {
    const log = new Log(bench.machine.userData, bench.clock);
    const line = 'x'.repeat(10_000);
    for (let i = 0; i < (logMaxBytes / 10_000) * (logKeptParts + 2); i += 1) log.write('failure', line);
    await log.flushed();
    const files = (await readdir(log.folder)).toSorted();
    expect(files).toEqual(['workbench.log', 'workbench.log.1', 'workbench.log.2', 'workbench.log.3']);
    for (const file of files) expect((await readFile(join(log.folder, file))).length).toBeLessThanOrEqual(logMaxBytes);
  });
});
