import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trustBench, value, type TrustBench } from './support/trustHarness';

let bench: TrustBench;
beforeEach(async () => {
  bench = await trustBench();
});
afterEach(() => bench.done());

const libraryFile = () => join(bench.machine.userData, 'library.json');

describe('preferences in the library index', () => {
  it('follow the system theme until the user picks one, and keep that choice across restarts', async () => {
    const first = bench.launch();
    expect(value(await first.handlers['preferences:get']({}))).toEqual({ theme: 'system' });
    expect(value(await first.handlers['preferences:set']({ theme: 'dark' }))).toEqual({ theme: 'dark' });
    await first.dispose();

    const second = bench.launch();
    expect(await second.preferences()).toEqual({ theme: 'dark' });
    expect(value(await second.handlers['preferences:get']({}))).toEqual({ theme: 'dark' });
  });

  it('keep the project list when a preference is saved, and keep preferences when a project is recorded', async () => {
    const services = bench.launch();
    const created = await bench.create(services, 'Acme support');
    value(await services.handlers['preferences:set']({ theme: 'light' }));
    await services.dispose();
    const index = JSON.parse(await readFile(libraryFile(), 'utf8')) as { projects: Array<{ path: string }> };
    expect(index.projects.map((project) => project.path)).toEqual([created.path]);
    expect(index).toMatchObject({ preferences: { theme: 'light' } });
  });

  it('fall back to their defaults when unreadable, without treating the index as damaged', async () => {
    const services = bench.launch();
    const created = await bench.create(services);
    await services.dispose();
    const index = JSON.parse(await readFile(libraryFile(), 'utf8')) as Record<string, unknown>;
    await writeFile(libraryFile(), JSON.stringify({ ...index, preferences: { theme: 'neon' }, window: 'big' }));

    const again = bench.launch();
    expect(await again.preferences()).toEqual({ theme: 'system' });
    expect(await again.windowPlacement.read()).toBeNull();
    const listed = value(await again.handlers['library:list']({}));
    expect(listed.projects.map((project) => project.path)).toEqual([created.path]);
  });

  it('an index written before preferences existed opens with the defaults', async () => {
    await mkdir(bench.machine.userData, { recursive: true });
    await writeFile(libraryFile(), JSON.stringify({ version: 1, projects: [] }));
    const services = bench.launch();
    expect(await services.preferences()).toEqual({ theme: 'system' });
  });
});

describe('the window placement', () => {
  it('is remembered on the way out and read at the next start', async () => {
    const first = bench.launch();
    expect(await first.windowPlacement.read()).toBeNull();
    first.windowPlacement.remember({ x: 40, y: 30, width: 1400, height: 900, maximized: true });
    await first.dispose();

    const second = bench.launch();
    expect(await second.windowPlacement.read()).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: true });
  });
});
