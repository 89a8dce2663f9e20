import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurable, type DurableFs } from '../../electron/services/durableWrite';
import { createServices, type Services } from '../../electron/services';
import { requests } from '../../shared/contract';
import { currentFormatVersion } from '../../shared/model/migrations';
import { parseProjectFile } from '../../shared/model/projectFile';
import type { Result } from '../../shared/result';
import { TestClock, testMachine, testPorts, type TestMachine } from './support/testPorts';

let machine: TestMachine;
let services: Services;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  machine = testMachine(await mkdtemp(join(tmpdir(), 'orw-fixes-')));
  services = createServices(testPorts(machine, new TestClock()));
});

afterEach(async () => {
  await services.dispose();
  await rm(machine.root, { recursive: true, force: true });
});

describe('save as and move onto the file that is already open', () => {
  it('refuse, whether the name was typed without the extension or in another case, and keep the file', async () => {
    const created = value(await services.handlers['project:create']({ name: 'Acme', functionTemplate: 'collections' }));
    for (const [target, move] of [
      [created.path.replace(/\.orw$/, ''), true],
      [created.path.replace(/\.orw$/, ''), false],
    ] as const) {
      machine.dialogAnswers.save.push(target);
      const result = await services.handlers['project:save-as']({ path: created.path, project: created.project, move });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(parseProjectFile(await readFile(created.path, 'utf8')).ok).toBe(true);
    const save = requests['project:save'].parse({
      path: created.path,
      project: { ...created.project, currency: 'EUR' },
      baseRevision: created.revision,
    });
    expect((await services.handlers['project:save'](save)).ok).toBe(true);
  });
});

describe('overwriting after a conflict', () => {
  it('never overwrites a file made by a newer version of the app', async () => {
    const created = value(
      await services.handlers['project:create']({ name: 'Newer', functionTemplate: 'collections' }),
    );
    const newer = (await readFile(created.path, 'utf8')).replace(`"version": ${currentFormatVersion}`, '"version": 7');
    await writeFile(created.path, newer);
    const save = requests['project:save'].parse({
      path: created.path,
      project: created.project,
      baseRevision: created.revision,
      overwrite: true,
    });
    expect(await services.handlers['project:save'](save)).toMatchObject({
      ok: false,
      error: { code: 'newer-version' },
    });
    expect(await readFile(created.path, 'utf8')).toBe(newer);
  });

  it('keeps a damaged version aside before replacing it', async () => {
    const created = value(
      await services.handlers['project:create']({ name: 'Damaged', functionTemplate: 'collections' }),
    );
    await writeFile(created.path, '{"half a file');
    const save = requests['project:save'].parse({
      path: created.path,
      project: created.project,
      baseRevision: created.revision,
      overwrite: true,
    });
    value(await services.handlers['project:save'](save));
    const kept = await readdir(join(machine.userData, 'backups', created.project.id));
    expect(kept.some((name) => name.startsWith('damaged-'))).toBe(true);
  });
});

describe('requests name files by full path', () => {
  it('refuses relative paths before any handler runs', () => {
    expect(requests['project:open'].safeParse({ path: 'project.orw' }).success).toBe(false);
    expect(requests['project:open'].safeParse({ path: '../x.orw' }).success).toBe(false);
    for (const path of ['/home/a/x.orw', 'C:\\Users\\a\\x.orw', 'D:/x.orw', '\\\\server\\share\\x.orw']) {
      expect(requests['project:open'].safeParse({ path }).success).toBe(true);
    }
  });
});

describe('a folder that cannot be synced', () => {
  it('does not turn a write that landed into a failure', async () => {
    const folder = join(machine.root, 'network-share');
    await fs.mkdir(folder);
    const noFolderSync: DurableFs = {
      rm: fs.rm,
      rename: fs.rename,
      open: (async (path: string, flags?: string) => {
        if (path === folder) throw Object.assign(new Error('EINVAL: not supported'), { code: 'EINVAL' });
        return fs.open(path, flags);
      }) as DurableFs['open'],
    };
    await writeFileDurable(join(folder, 'a.orw'), 'content', noFolderSync);
    expect(await readFile(join(folder, 'a.orw'), 'utf8')).toBe('content');
  });
});
