import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trustBench, value, type TrustBench } from './support/trustHarness';

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

const libraryFile = () => join(bench.machine.userData, 'library.json');

/** A project saved outside the default folder, opened once so the library and the backups know it. */
async function projectElsewhere(name: string): Promise<string> {
  const services = bench.launch();
  const created = await bench.create(services, name);
  const folder = join(bench.machine.root, 'Clients');
  await mkdir(folder, { recursive: true });
  bench.machine.dialogAnswers.save.push(join(folder, `${name}.orw`));
  const moved = value(
    await services.handlers['project:save-as']({ path: created.path, project: created.project, move: true }),
  );
  value(await services.handlers['project:open']({ path: moved.path }));
  await services.dispose();
  return moved.path;
}

describe('a library that heals without forgetting', () => {
  it('keeps a damaged library.json as a dated copy and finds projects again from what is readable in it', async () => {
    const path = await projectElsewhere('Client A');
    const text = await readFile(libraryFile(), 'utf8');
    const damaged = `${text.slice(0, text.indexOf(path) + path.length + 20)}\u0000garbage`;
    await writeFile(libraryFile(), damaged);
    const listed = value(await bench.launch().handlers['library:list']({})).projects.map((p) => p.path);
    expect(listed).toContain(path);
    const copies = (await readdir(bench.machine.userData)).filter((n) => n.startsWith('library.damaged-'));
    expect(copies).toHaveLength(1);
    expect(await readFile(join(bench.machine.userData, copies[0] ?? ''), 'utf8')).toBe(damaged);
  });

  it('finds projects outside the projects folder from their backups when library.json is lost', async () => {
    const path = await projectElsewhere('Client B');
    await rename(libraryFile(), `${libraryFile()}.gone`);
    const listed = value(await bench.launch().handlers['library:list']({})).projects.map((p) => p.path);
    expect(listed).toContain(path);
  });

  it('retries a load that failed instead of remembering the failure, and never rebuilds over an index it could not read', async () => {
    const path = await projectElsewhere('Client C');
    const good = await readFile(libraryFile(), 'utf8');
    // The index is briefly unreadable (a folder in its place stands in for a file held by another program).
    await rename(libraryFile(), `${libraryFile()}.aside`);
    await mkdir(libraryFile());
    const services = bench.launch();
    const failed = await services.handlers['library:list']({}).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    await rm(libraryFile(), { recursive: true });
    await rename(`${libraryFile()}.aside`, libraryFile());
    const listed = value(await services.handlers['library:list']({})).projects.map((p) => p.path);
    expect(listed).toContain(path);
    expect(await readFile(libraryFile(), 'utf8')).toBe(good);
  });
});
