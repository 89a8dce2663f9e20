import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupsToPrune, keepDailyDays, keepNewest } from '../../electron/services/backups';
import { createServices, projectsFolderName, type Services } from '../../electron/services';
import { lockPathFor, lockStaleMs } from '../../electron/services/locks';
import type { OpenedProject } from '../../shared/contract';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import type { Result } from '../../shared/result';
import { TestClock, testMachine, testPorts, type TestMachine } from './support/testPorts';

let machine: TestMachine;
let clock: TestClock;
const running: Services[] = [];

/** Starts a copy of the app's services on the shared test machine. */
function launch(): Services {
  const services = createServices(testPorts(machine, clock));
  running.push(services);
  return services;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  machine = testMachine(await mkdtemp(join(tmpdir(), 'orw-locks-')));
  clock = new TestClock();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.dispose()));
  await rm(machine.root, { recursive: true, force: true });
});

async function createIn(services: Services, name = 'Locked project'): Promise<OpenedProject> {
  return value(await services.handlers['project:create']({ name, functionTemplate: 'customer-service' }));
}

describe('lock files', () => {
  it('give a second copy of the app the project read-only, refuse its saves, and free the project on quit', async () => {
    const first = launch();
    const created = await createIn(first);
    expect(await readFile(lockPathFor(created.path), 'utf8')).toContain(String(process.pid));

    const second = launch();
    const opened = value(await second.handlers['project:open']({ path: created.path }));
    expect(opened.lockedBy).toMatchObject({ sameComputer: true, host: hostname() });
    const save = await second.handlers['project:save']({
      path: created.path,
      project: { ...opened.project, currency: 'EUR' },
      baseRevision: opened.revision,
      overwrite: false,
    });
    expect(save).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(value(await first.handlers['project:open']({ path: created.path })).project.currency).toBe('USD');

    await first.dispose();
    await expect(readFile(lockPathFor(created.path))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(value(await second.handlers['project:open']({ path: created.path })).lockedBy).toBeNull();
  });

  it('take over a lock left by a process of this machine that is gone, or by a machine that stopped refreshing it', async () => {
    const services = launch();
    const created = await createIn(services);
    await services.handlers['project:close']({ path: created.path });
    const lock = (info: object) => writeFile(lockPathFor(created.path), JSON.stringify(info));
    const thisMachine = (await readFile(join(machine.userData, 'machine-id'), 'utf8')).trim();
    const base = { instance: 'other', user: 'alex', since: clock.now().toISOString() };

    await lock({
      ...base,
      machine: thisMachine,
      pid: 2 ** 22 + 12345,
      host: hostname(),
      refreshedAt: clock.now().toISOString(),
    });
    expect(value(await launch().handlers['project:open']({ path: created.path })).lockedBy).toBeNull();

    await lock({ ...base, pid: 1, host: 'LAPTOP-2', refreshedAt: clock.now().toISOString() });
    const fresh = value(await launch().handlers['project:open']({ path: created.path }));
    expect(fresh.lockedBy).toMatchObject({ user: 'alex', host: 'LAPTOP-2', sameComputer: false });

    const stale = new Date(clock.now().getTime() - lockStaleMs - 1000);
    await lock({ ...base, pid: 1, host: 'LAPTOP-2', refreshedAt: stale.toISOString() });
    await utimes(lockPathFor(created.path), stale, stale);
    expect(value(await launch().handlers['project:open']({ path: created.path })).lockedBy).toBeNull();
  });

  it('treat an unreadable lock as held while it is young and as stale once it is old', async () => {
    const services = launch();
    const created = await createIn(services);
    await services.dispose();
    await writeFile(lockPathFor(created.path), '{"inst');
    expect(value(await launch().handlers['project:open']({ path: created.path })).lockedBy).not.toBeNull();
    const old = new Date(clock.now().getTime() - lockStaleMs - 1000);
    await utimes(lockPathFor(created.path), old, old);
    expect(value(await launch().handlers['project:open']({ path: created.path })).lockedBy).toBeNull();
  });
});

const backupsOf = async (id: string) =>
  (await readdir(join(machine.userData, 'backups', id)).catch(() => [])).filter((n) => n.endsWith('.orw'));
const stamp = (date: Date) => `${date.toISOString().replace(/[:.]/g, '-')}.orw`;

describe('backups', () => {
  it('are taken on open and at most every 10 minutes of saving', async () => {
    const services = launch();
    const created = await createIn(services);
    expect(await backupsOf(created.project.id)).toHaveLength(0);
    let opened = value(await services.handlers['project:open']({ path: created.path }));
    await vi.waitFor(async () => expect(await backupsOf(created.project.id)).toHaveLength(1));

    for (let minute = 1; minute <= 25; minute += 1) {
      clock.advance(60_000);
      const saved = value(
        await services.handlers['project:save']({
          path: opened.path,
          project: { ...opened.project, briefing: { ...opened.project.briefing, preparedBy: `minute ${minute}` } },
          baseRevision: opened.revision,
          overwrite: false,
        }),
      );
      opened = { ...opened, revision: saved.revision };
    }
    // One on open, then at minutes 10 and 20.
    expect(await backupsOf(created.project.id)).toHaveLength(3);
  });

  it('list what each backup holds next to the current counts, and restore one, keeping the replaced version', async () => {
    const services = launch();
    const created = await createIn(services);
    const opened = value(await services.handlers['project:open']({ path: created.path }));
    clock.advance(1000);
    value(
      await services.handlers['project:save']({
        path: created.path,
        project: { ...opened.project, name: 'Renamed inside', currency: 'EUR' },
        baseRevision: opened.revision,
        overwrite: false,
      }),
    );
    const list = value(await services.handlers['backup:list']({ path: created.path }));
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({ name: 'Locked project', counts: { vendors: 0 } });
    expect(list.current).not.toBeNull();

    clock.advance(1000);
    const restored = value(
      await services.handlers['backup:restore']({ path: created.path, backupId: list.backups[0]?.id ?? '' }),
    );
    expect(restored.project).toMatchObject({ name: 'Locked project', currency: 'USD' });
    const onDisk = parseProjectFile(await readFile(created.path, 'utf8'));
    expect(onDisk.ok && onDisk.value.currency).toBe('USD');
    const after = value(await services.handlers['backup:list']({ path: created.path }));
    expect(after.backups.map((b) => b.name)).toContain('Renamed inside');
  });

  it('replace a damaged file only on request, keeping the damaged bytes aside', async () => {
    const services = launch();
    const created = await createIn(services);
    value(await services.handlers['project:open']({ path: created.path }));
    await services.handlers['project:close']({ path: created.path });
    await writeFile(created.path, 'garbage');
    expect(await services.handlers['project:open']({ path: created.path })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file' },
    });
    expect(await readFile(created.path, 'utf8')).toBe('garbage');

    const list = value(await services.handlers['backup:list']({ path: created.path }));
    expect(list.current).toBeNull();
    value(await services.handlers['backup:restore']({ path: created.path, backupId: list.backups[0]?.id ?? '' }));
    expect(parseProjectFile(await readFile(created.path, 'utf8')).ok).toBe(true);
    const kept = await readdir(join(machine.userData, 'backups', created.project.id));
    const damaged = kept.find((n) => n.startsWith('damaged-'));
    expect(damaged && (await readFile(join(machine.userData, 'backups', created.project.id, damaged), 'utf8'))).toBe(
      'garbage',
    );
  });

  it('refuse backup ids that try to leave the backups folder', async () => {
    const services = launch();
    const created = await createIn(services);
    for (const backupId of ['../../library.json', '/etc/passwd', '..\\x.orw']) {
      const result = await services.handlers['backup:restore']({ path: created.path, backupId });
      expect(result.ok).toBe(false);
    }
  });

  it('keep the other version as a backup when the user overwrites a file changed elsewhere', async () => {
    const services = launch();
    const created = await createIn(services);
    const theirs = { ...created.project, currency: 'CAD' };
    await writeFile(created.path, serializeProjectFile(theirs, { appVersion: 'other', savedAt: clock.now() }));
    const mine = { ...created.project, currency: 'JPY' };
    const request = { path: created.path, project: mine, baseRevision: created.revision, overwrite: false };
    expect(await services.handlers['project:save'](request)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    value(await services.handlers['project:save']({ ...request, overwrite: true }));
    const list = value(await services.handlers['backup:list']({ path: created.path }));
    expect(list.backups.length).toBeGreaterThan(0);
    const backupText = await readFile(
      join(machine.userData, 'backups', created.project.id, list.backups[0]?.id ?? ''),
      'utf8',
    );
    expect(parseProjectFile(backupText)).toMatchObject({ ok: true, value: { currency: 'CAD' } });
  });

  it('retention keeps the newest 20 and the newest of each of the last 30 days, and nothing else', () => {
    const now = new Date('2026-11-24T12:00:00.000Z');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 90 * 24 * 60 }), { maxLength: 200 }), (minutesAgo) => {
        const dates = minutesAgo.map((m) => new Date(now.getTime() - m * 60_000));
        const ids = dates.map(stamp);
        const pruned = new Set(backupsToPrune(ids, now));
        const kept = ids.filter((id) => !pruned.has(id));
        const newestFirst = ids.toSorted().toReversed();
        for (const id of newestFirst.slice(0, keepNewest)) expect(kept).toContain(id);
        const cutoff = now.getTime() - keepDailyDays * 24 * 3600_000;
        const days = new Map<string, string>();
        for (const id of newestFirst) {
          const at = dates[ids.indexOf(id)] ?? now;
          if (at.getTime() >= cutoff && !days.has(id.slice(0, 10))) days.set(id.slice(0, 10), id);
        }
        for (const id of days.values()) expect(kept).toContain(id);
        expect(kept.length).toBeLessThanOrEqual(keepNewest + keepDailyDays + 1);
        expect(kept.length).toBe(new Set([...newestFirst.slice(0, keepNewest), ...days.values()]).size);
      }),
    );
  });
});

describe('the projects folder', () => {
  it('is where new projects go, and only provably abandoned temp files beside a project are cleaned when it is opened', async () => {
    const services = launch();
    const created = await createIn(services, 'Tidy');
    await services.handlers['project:close']({ path: created.path });
    const folder = join(machine.documents, projectsFolderName);
    const crashed = `.Tidy.orw.${2 ** 22 + 4321}-abcdefabcdef.tmp`; // its process is gone
    const saving = `.Tidy.orw.${process.ppid}-abcdefabcdef.tmp`; // its process is alive: a save in progress
    const oldStyle = '.Tidy.orw.abc123.tmp';
    for (const name of [crashed, saving, oldStyle, '.Other.orw.1-abcdefabcdef.tmp']) {
      await writeFile(join(folder, name), 'half a save');
    }
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    await utimes(join(folder, oldStyle), hourAgo, hourAgo);
    clock.advance(Date.now() - clock.now().getTime());
    value(await services.handlers['project:open']({ path: created.path }));
    await vi.waitFor(async () => expect(await readdir(folder)).not.toContain(crashed));
    await vi.waitFor(async () => expect(await readdir(folder)).not.toContain(oldStyle));
    expect(await readdir(folder)).toEqual(expect.arrayContaining([saving, '.Other.orw.1-abcdefabcdef.tmp']));
  });
});

describe('what the renderer can make the services remove', () => {
  it('moves only listed project files to the trash, and moves only a project open for editing', async () => {
    const services = launch();
    const created = await createIn(services, 'Guarded');
    const stranger = join(machine.root, 'notes.txt');
    await writeFile(stranger, 'not a project');
    expect(await services.handlers['project:delete']({ path: stranger })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await readFile(stranger, 'utf8')).toBe('not a project');

    const other = launch();
    machine.dialogAnswers.save.push(join(machine.root, 'elsewhere.orw'));
    const move = await other.handlers['project:save-as']({ path: created.path, project: created.project, move: true });
    expect(move).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await readFile(created.path, 'utf8')).toContain('Guarded');

    value(await services.handlers['project:delete']({ path: created.path }));
    expect(await readdir(machine.trash)).toEqual(['Guarded.orw']);
  });
});

describe('moving a project to the trash', () => {
  it('is refused while another copy of the app has the project open', async () => {
    const first = launch();
    const created = await createIn(first, 'Busy elsewhere');
    const second = launch();
    expect(await second.handlers['project:delete']({ path: created.path })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await readFile(created.path, 'utf8')).toContain('Busy elsewhere');
  });
});
