import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurable, type DurableFs } from '../../electron/services/durableWrite';
import { ioFailure } from '../../electron/services/ioErrors';

/** Disk full, permission denied, read-only media — injected where the write can really fail. */

let folder: string;
let target: string;
const original = 'the last good version\n';

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'orw-faults-'));
  target = join(folder, 'project.orw');
  await fs.writeFile(target, original);
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

type Stage = 'write' | 'sync' | 'rename';

/** Real file-system calls, except that `stage` fails with `code` (`times` times, then works). */
function failing(stage: Stage, code: string, times = Number.POSITIVE_INFINITY): DurableFs {
  let failures = 0;
  const fail = () => {
    if (failures >= times) return false;
    failures += 1;
    return true;
  };
  return {
    rm: fs.rm,
    rename: async (from, to) => {
      if (stage === 'rename' && fail()) throw errno(code);
      return fs.rename(from, to);
    },
    open: (async (path: string, flags?: string) => {
      const handle = await fs.open(path, flags);
      if (!String(path).endsWith('.tmp')) return handle;
      return Object.assign(Object.create(handle) as fs.FileHandle, {
        writeFile: async (data: string | Uint8Array) => {
          if (stage === 'write' && fail()) throw errno(code);
          return handle.writeFile(data);
        },
        sync: async () => {
          if (stage === 'sync' && fail()) throw errno(code);
          return handle.sync();
        },
        close: () => handle.close(),
      });
    }) as DurableFs['open'],
  };
}

const leftovers = async () => (await fs.readdir(folder)).filter((name) => name !== 'project.orw');

const expectations: Record<string, RegExp> = {
  ENOSPC: /disk is full/,
  EACCES: /permission/,
  EROFS: /read-only/,
};

describe('a failing write leaves the previous file intact and reports a typed error', () => {
  for (const stage of ['write', 'sync', 'rename'] as const) {
    for (const code of ['ENOSPC', 'EACCES', 'EROFS']) {
      it(`${code} during ${stage}`, async () => {
        const error = await writeFileDurable(
          target,
          'a newer version that must not land half-way',
          failing(stage, code),
        ).then(
          () => null,
          (e: unknown) => e as NodeJS.ErrnoException,
        );
        expect(error?.code).toBe(code);
        expect(await fs.readFile(target, 'utf8')).toBe(original);
        expect(await leftovers()).toEqual([]);

        const failure = ioFailure(error, 'save the project', target);
        expect(failure.code).toBe('io');
        expect(failure.message).toMatch(expectations[code] ?? /never/);
        expect(failure.message).not.toMatch(/at .*\(|\bError\b/);
      });
    }
  }

  it('retries a rename that Windows reports as busy, and then lands the new version', async () => {
    await writeFileDurable(target, 'newer', failing('rename', 'EBUSY', 2));
    expect(await fs.readFile(target, 'utf8')).toBe('newer');
    expect(await leftovers()).toEqual([]);
  });

  it('gives up on a rename that stays busy, leaving the previous file', async () => {
    await expect(writeFileDurable(target, 'newer', failing('rename', 'EPERM'))).rejects.toMatchObject({
      code: 'EPERM',
    });
    expect(await fs.readFile(target, 'utf8')).toBe(original);
    expect(await leftovers()).toEqual([]);
  });

  it('a write after a failed one still lands (the queue for the path is not stuck)', async () => {
    await writeFileDurable(target, 'lost', failing('write', 'ENOSPC')).catch(() => undefined);
    await writeFileDurable(target, 'works again');
    expect(await fs.readFile(target, 'utf8')).toBe('works again');
  });
});
