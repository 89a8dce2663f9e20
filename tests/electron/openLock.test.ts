import { access, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { lockPathFor } from '../../electron/services/locks';
import type { Result } from '../../shared/result';
import { TestClock, testMachine, testPorts, type TestMachine } from './support/testPorts';

/**
 * Opening takes the project's lock while it reads and checks the file. Whatever the file turns out to be, the
 * lock ends as if it had been taken after reading: held when the project opened for editing, and only then.
 */

let machine: TestMachine;
let services: Services;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const lockExists = async (path: string) =>
  access(lockPathFor(await realpath(path))).then(
    () => true,
    () => false,
  );

beforeEach(async () => {
  machine = testMachine(await mkdtemp(join(tmpdir(), 'orw-open-lock-')));
  services = createServices(testPorts(machine, new TestClock()));
});

afterEach(async () => {
  await services.dispose();
  await rm(machine.root, { recursive: true, force: true });
});

async function createdFile(): Promise<string> {
  const { path } = value(await services.handlers['project:create']({ name: 'Acme', functionTemplate: 'collections' }));
  await services.handlers['project:close']({ path });
  expect(await lockExists(path)).toBe(false);
  return path;
}

describe('the lock taken while a project is opened', () => {
  it('is held once the project is open for editing', async () => {
    const path = await createdFile();
    expect(value(await services.handlers['project:open']({ path })).readOnly).toBeNull();
    expect(await lockExists(path)).toBe(true);
  });

  it('is given back when the file cannot be opened', async () => {
    const path = await createdFile();
    await writeFile(path, '{ damaged');
    expect(await services.handlers['project:open']({ path })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file' },
    });
    expect(await lockExists(path)).toBe(false);
  });

  it('is given back when the file opens read-only for fields this version does not know', async () => {
    const path = await createdFile();
    const file = JSON.parse(await readFile(path, 'utf8')) as { project: Record<string, unknown> };
    file.project['rating'] = 5;
    await writeFile(path, JSON.stringify(file));
    expect(value(await services.handlers['project:open']({ path })).readOnly).toMatch(/does not know \(rating\)/);
    expect(await lockExists(path)).toBe(false);
  });

  it('stays held when a project already open for editing fails to open again', async () => {
    const path = await createdFile();
    value(await services.handlers['project:open']({ path }));
    await writeFile(path, '{ damaged');
    expect((await services.handlers['project:open']({ path })).ok).toBe(false);
    expect(await lockExists(path)).toBe(true);
  });
});
