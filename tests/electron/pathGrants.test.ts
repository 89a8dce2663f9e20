import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeProjectFile } from '../../shared/model/projectFile';
import { trustBench, value, type TrustBench } from './support/trustHarness';

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

/** A valid project file that this copy of the app never handed out. */
async function strangerFile(): Promise<string> {
  const services = bench.launch();
  const made = await bench.create(services, 'Made elsewhere');
  await services.dispose();
  const folder = join(bench.machine.root, 'Elsewhere');
  await mkdir(folder, { recursive: true });
  const path = join(folder, 'Planted.orw');
  await writeFile(path, serializeProjectFile(made.project, { appVersion: 'x', savedAt: new Date() }));
  return path;
}

describe('only paths the user chose', () => {
  it('refuses paths the app never handed out, for every channel that reads, locks, copies or reveals a file', async () => {
    const path = await strangerFile();
    const services = bench.launch();
    const { handlers } = services;
    const refusals = [
      await handlers['project:open']({ path }),
      await handlers['project:duplicate']({ path }),
      await handlers['project:open-copy']({ path }),
      await handlers['backup:list']({ path }),
      await handlers['project:export']({ path }),
      await handlers['file:reveal']({ path: '\\\\attacker\\share\\x.orw' }),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readFile(`${path}.lock`).catch(() => null)).toBeNull();
    expect(bench.machine.revealed).toEqual([]);
  });

  it('accepts a file picked in the open dialog or handed over by the OS, and one in the project list after a restart', async () => {
    const path = await strangerFile();
    const services = bench.launch();
    bench.machine.dialogAnswers.open.push(path);
    const picked = value(await services.handlers['project:choose-and-open']({}));
    expect(picked.path).toBe(path);
    await services.dispose();
    const later = bench.launch();
    expect(value(await later.handlers['project:open']({ path })).path).toBe(path);
    const handed = join(bench.machine.root, 'Elsewhere', 'Handed.orw');
    await writeFile(handed, await readFile(path));
    later.acceptPathFromOs(handed);
    expect((await later.handlers['project:open']({ path: handed })).ok).toBe(true);
  });

  it('opens only .orw files, whoever chose them', async () => {
    const services = bench.launch();
    const notes = join(bench.machine.root, 'notes.txt');
    await writeFile(notes, '{}');
    services.acceptPathFromOs(notes);
    expect(await services.handlers['project:open']({ path: notes })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    bench.machine.dialogAnswers.open.push(notes);
    const picked = await services.handlers['project:choose-and-open']({});
    expect(picked).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!picked.ok && picked.error.message).toMatch(/\.orw/);
  });

  it('never reveals a network or device path unless the user picked it in a dialog', async () => {
    const services = bench.launch();
    for (const path of ['\\\\server\\share\\a.pdf', '\\\\?\\C:\\a.pdf', '\\\\.\\pipe\\x', '//server/share/a.pdf']) {
      services.acceptPathFromOs(path);
      expect(await services.handlers['file:reveal']({ path })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(bench.machine.revealed).toEqual([]);
    // An evidence document on this computer may be shown.
    value(await services.handlers['file:reveal']({ path: join(bench.machine.root, 'evidence.pdf') }));
    expect(bench.machine.revealed).toHaveLength(1);
  });

  it('writes a duplicate only beside a file the user chose', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Original');
    const duplicate = value(await services.handlers['project:duplicate']({ path: created.path }));
    expect(duplicate.path).toBe(join(bench.projectsFolder, 'Original (copy).orw'));
  });
});
