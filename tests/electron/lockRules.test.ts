import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPathFor, lockStaleMs } from '../../electron/services/locks';
import { errno, trustBench, value, type TrustBench } from './support/trustHarness';

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

/** A project created and closed, and a way to put a lock beside it as another copy of the app would. */
async function closedProject() {
  const services = bench.launch();
  const created = await bench.create(services);
  await services.handlers['project:close']({ path: created.path });
  const writeLock = (info: object) => writeFile(lockPathFor(created.path), JSON.stringify(info));
  return { created, writeLock };
}

const deadPid = 2 ** 22 + 12345;

describe('locks that cannot be fooled', () => {
  it('name the machine by a random id kept in userData, with the process and a refresh time', async () => {
    const services = bench.launch();
    const created = await bench.create(services);
    const lock = JSON.parse(await readFile(lockPathFor(created.path), 'utf8')) as Record<string, unknown>;
    const machineId = (await readFile(join(bench.machine.userData, 'machine-id'), 'utf8')).trim();
    expect(machineId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lock).toMatchObject({ machine: machineId, pid: process.pid, refreshedAt: bench.clock.now().toISOString() });
  });

  it('hold a fresh lock of another machine that shares this host name, even if its process id is not running here', async () => {
    const { created, writeLock } = await closedProject();
    const now = bench.clock.now().toISOString();
    await writeLock({
      instance: 'x',
      machine: 'another-machine-id',
      pid: deadPid,
      host: hostname(),
      user: 'sam',
      since: now,
      refreshedAt: now,
    });
    const opened = value(await bench.launch().handlers['project:open']({ path: created.path }));
    expect(opened.lockedBy).toMatchObject({ user: 'sam', sameComputer: false });
    expect(opened.readOnly).toMatch(/Someone else/);
  });

  it('keep a lock refreshed by a machine whose clock runs 10 minutes ahead while it keeps refreshing, and take it over once it stops', async () => {
    const { created, writeLock } = await closedProject();
    const ahead = (ms: number) => new Date(bench.clock.now().getTime() + 10 * 60_000 + ms).toISOString();
    const lock = (refreshed: string) =>
      writeLock({
        instance: 'x',
        machine: 'fast-clock',
        pid: 1,
        host: 'LAPTOP-2',
        user: 'sam',
        since: ahead(0),
        refreshedAt: refreshed,
      });
    const app = bench.launch();
    await lock(ahead(0));
    expect(value(await app.handlers['project:open']({ path: created.path })).lockedBy).not.toBeNull();
    // It refreshes every 30 s: still held.
    for (let step = 1; step <= 6; step += 1) {
      bench.clock.advance(30_000);
      await lock(ahead(step * 30_000));
      expect(value(await app.handlers['project:open']({ path: created.path })).lockedBy).not.toBeNull();
    }
    // It stops refreshing; its time stays "in the future", but that is not fresh forever.
    bench.clock.advance(lockStaleMs - 1000);
    expect(value(await app.handlers['project:open']({ path: created.path })).lockedBy).not.toBeNull();
    bench.clock.advance(2000);
    expect(value(await app.handlers['project:open']({ path: created.path })).lockedBy).toBeNull();
  });

  it('take over a lock not refreshed for longer than the limit by this machine’s clock', async () => {
    const { created, writeLock } = await closedProject();
    const old = new Date(bench.clock.now().getTime() - lockStaleMs - 1000).toISOString();
    await writeLock({
      instance: 'x',
      machine: 'gone',
      pid: 1,
      host: 'LAPTOP-2',
      user: 'sam',
      since: old,
      refreshedAt: old,
    });
    expect(value(await bench.launch().handlers['project:open']({ path: created.path })).lockedBy).toBeNull();
  });

  it('are keyed by the real file: a symlink or a path with ".." reaches the same lock', async () => {
    const services = bench.launch();
    const created = await bench.create(services);
    const linkFolder = join(bench.machine.root, 'Desktop');
    await mkdir(linkFolder);
    const viaLink = join(linkFolder, 'Shortcut.orw');
    await symlink(created.path, viaLink);
    const viaDots = join(bench.projectsFolder, '..', 'Outsourcing Readiness Workbench', 'Acme support.orw');
    const other = bench.launch();
    for (const path of [viaLink, viaDots]) {
      other.acceptPathFromOs(path);
      const opened = value(await other.handlers['project:open']({ path }));
      expect(opened.lockedBy).toMatchObject({ sameComputer: true });
    }
    // In one copy of the app, two spellings of one file are one editing session.
    services.acceptPathFromOs(viaLink);
    expect(value(await services.handlers['project:open']({ path: viaLink })).path).toBe(created.path);
  });

  it('open the project read-only, with the reason, when the lock cannot be created for another reason than "it exists"', async () => {
    const services = bench.launch();
    const created = await bench.create(services);
    await services.handlers['project:close']({ path: created.path });
    const denied = bench.launch({ createLockFile: () => Promise.reject(errno('EACCES')) });
    denied.acceptPathFromOs(created.path);
    const opened = value(await denied.handlers['project:open']({ path: created.path }));
    expect(opened.readOnly).toMatch(/read-only because you may not create files in its folder/);
    const save = await denied.handlers['project:save']({
      path: created.path,
      project: { ...opened.project, currency: 'EUR' },
      baseRevision: opened.revision,
      overwrite: false,
    });
    expect(save).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await readFile(created.path, 'utf8')).toContain('"currency": "USD"');
  });
});
