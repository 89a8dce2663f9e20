import { mkdir, mkdtemp, open, readdir, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurable, type DurableFs } from '../../electron/services/durableWrite';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'orw-durable-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileDurable', () => {
  it('writes exactly the bytes it is given', async () => {
    const path = join(folder, 'bytes.bin');
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
    await writeFileDurable(path, bytes);
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
  });

  it('writes a string as UTF-8', async () => {
    const path = join(folder, 'text.orw');
    const text = '{"name": "Zürich — 中文 😀"}\n';
    await writeFileDurable(path, text);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('replaces what the file held before, even when the new content is shorter', async () => {
    const path = join(folder, 'project.orw');
    await writeFile(path, 'old content that is rather long');
    await writeFileDurable(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('leaves only the target file in the folder, no temp file', async () => {
    const path = join(folder, 'project.orw');
    await writeFileDurable(path, 'one');
    await writeFileDurable(path, 'two');
    expect(await readdir(folder)).toEqual(['project.orw']);
  });

  it('ends with the content of the last of 50 concurrent writes to one path', async () => {
    const path = join(folder, 'project.orw');
    // Early writes are the largest, so they would finish last if writes were not kept in order.
    const contents = Array.from({ length: 50 }, (_, i) => `${i}:`.padEnd((50 - i) * 20_000, 'x'));
    await Promise.all(contents.map((content) => writeFileDurable(path, content)));
    expect(await readFile(path, 'utf8')).toBe(contents.at(-1));
    expect(await readdir(folder)).toEqual(['project.orw']);
  });

  it('keeps writes to different paths independent', async () => {
    const paths = Array.from({ length: 10 }, (_, i) => join(folder, `p${i}.orw`));
    await Promise.all(paths.map((path, i) => writeFileDurable(path, `content ${i}`)));
    for (const [i, path] of paths.entries()) expect(await readFile(path, 'utf8')).toBe(`content ${i}`);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects with ENOENT when the folder is missing, and leaves no temp file', async () => {
    const missing = join(folder, 'missing');
    await expect(writeFileDurable(join(missing, 'project.orw'), 'content')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes again after a failed write to the same path', async () => {
    const sub = join(folder, 'later');
    const path = join(sub, 'project.orw');
    await expect(writeFileDurable(path, 'first')).rejects.toMatchObject({ code: 'ENOENT' });
    await mkdir(sub);
    await writeFileDurable(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(sub)).toEqual(['project.orw']);
  });
});

describe('writing a file from parts', () => {
  it('writes the parts in order, also when the OS writes only some of them in one go', async () => {
    const parts = ['{\n', '  "a": 1', ',\n', '  "b": "ü€𝄞"', '\n}\n'].map((text) => Buffer.from(text));
    const target = join(folder, 'parts.json');
    await writeFileDurable(target, parts);
    expect(await readFile(target, 'utf8')).toBe(Buffer.concat(parts).toString('utf8'));

    // A file system whose writev stops after 5 bytes, in the middle of the second part.
    const short: DurableFs = {
      rm,
      rename,
      open: (async (path: string, flags?: string) => {
        const handle = await open(path, flags);
        return Object.assign(Object.create(handle) as FileHandle, {
          writev: async (buffers: Uint8Array[]) => {
            const bytes = Buffer.concat(buffers).subarray(0, 5);
            await handle.write(bytes);
            return { bytesWritten: bytes.byteLength, buffers };
          },
          writeFile: (data: Uint8Array) => handle.writeFile(data),
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as DurableFs['open'],
    };
    const other = join(folder, 'short.json');
    await writeFileDurable(other, parts, short);
    expect(await readFile(other, 'utf8')).toBe(Buffer.concat(parts).toString('utf8'));
  });
});
