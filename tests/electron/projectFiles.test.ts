import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, projectsFolderName, type Ports, type Services } from '../../electron/services';
import {
  requests,
  type ServiceHandlers,
  type OpenedProject,
  type RequestOf,
  type SaveReply,
} from '../../shared/contract';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import type { Project } from '../../shared/model/project';
import type { AppError, Result } from '../../shared/result';
import { TestClock, testMachine, testPorts } from './support/testPorts';

let root: string;
let clock: TestClock;
let ports: Ports;
let projectsFolder: string;
let services: Services;
let handlers: ServiceHandlers;
const running: Services[] = [];

/** Starts the services on the test folders, as launching the app does. */
function start(): ServiceHandlers {
  services = createServices(ports);
  running.push(services);
  handlers = services.handlers;
  return handlers;
}

/** Quits (releasing locks, writing the library) and starts again on the same folders. */
async function restart(): Promise<ServiceHandlers> {
  await services.dispose();
  return start();
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'orw-projects-'));
  clock = new TestClock(new Date('2025-03-01T09:00:00.000Z').getTime());
  ports = testPorts(testMachine(root), clock);
  projectsFolder = join(root, 'Documents', projectsFolderName);
  start();
});

afterEach(async () => {
  // Disposing waits for the backup an open takes in the background.
  await Promise.all(running.splice(0).map((s) => s.dispose()));
  await rm(root, { recursive: true, force: true });
});

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function errorOf<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error('Expected an error, but the operation succeeded.');
  return result.error;
}

async function create(name: string, on = handlers): Promise<OpenedProject> {
  return valueOf(await on['project:create']({ name, functionTemplate: 'customer-service' }));
}

/** A save as the renderer sends it (no overwrite), validated as the IPC layer does. */
function save(request: RequestOf<'project:save'>): Promise<Result<SaveReply>> {
  return handlers['project:save'](requests['project:save'].parse(request));
}

async function projectOnDisk(path: string): Promise<Project> {
  return valueOf(parseProjectFile(await readFile(path, 'utf8')));
}

async function listed(on = handlers) {
  return valueOf(await on['library:list']({}));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('creating a project', () => {
  it('writes a readable .orw file named after the project in the projects folder', async () => {
    const opened = await create('Acme support');
    expect(opened.path).toBe(join(projectsFolder, 'Acme support.orw'));
    expect(opened.project).toMatchObject({
      name: 'Acme support',
      functionTemplate: 'customer-service',
      createdAt: clock.now().toISOString(),
    });
    expect(await projectOnDisk(opened.path)).toStrictEqual(opened.project);
  });

  it('lists the new project in the library, with the projects folder', async () => {
    const opened = await create('Acme support');
    const library = await listed();
    expect(library.projectsFolder).toBe(projectsFolder);
    expect(library.projects).toEqual([
      expect.objectContaining({ id: opened.project.id, name: 'Acme support', path: opened.path }),
    ]);
  });

  it('numbers the file of a second project with the same name', async () => {
    const first = await create('Acme support');
    const second = await create('Acme support');
    expect(second.path).toBe(join(projectsFolder, 'Acme support (2).orw'));
    expect(second.project.id).not.toBe(first.project.id);
    expect((await projectOnDisk(first.path)).id).toBe(first.project.id);
    expect((await listed()).projects.map((p) => p.path).toSorted()).toEqual([first.path, second.path].toSorted());
  });
});

describe('opening a project', () => {
  it('returns the project in the file and a revision to save against', async () => {
    const created = await create('Acme support');
    const fresh = await restart();
    const opened = valueOf(await fresh['project:open']({ path: created.path }));
    expect(opened.path).toBe(created.path);
    expect(opened.project).toStrictEqual(created.project);
    expect(Number.isInteger(opened.revision)).toBe(true);
    const saved = await save({
      path: opened.path,
      project: opened.project,
      baseRevision: opened.revision,
    });
    expect(saved.ok).toBe(true);
  });

  it('refuses a damaged file as invalid-file and leaves its bytes as they were', async () => {
    await mkdir(projectsFolder, { recursive: true });
    const path = join(projectsFolder, 'Broken.orw');
    const damaged = '{"type": "outsourcing-readiness-workbench/project", "version": 1, "project": {"na';
    await writeFile(path, damaged);
    services.acceptPathFromOs(path);
    expect(errorOf(await handlers['project:open']({ path })).code).toBe('invalid-file');
    expect(await readFile(path, 'utf8')).toBe(damaged);
  });

  it('never overwrites a file that failed to open, even when asked to save over it', async () => {
    const other = await create('Acme support');
    const path = join(projectsFolder, 'Broken.orw');
    const damaged = 'not a project, but somebody’s precious notes';
    await writeFile(path, damaged);
    services.acceptPathFromOs(path);
    expect(errorOf(await handlers['project:open']({ path })).code).toBe('invalid-file');
    expect((await save({ path, project: other.project, baseRevision: 0 })).ok).toBe(false);
    expect(await readFile(path, 'utf8')).toBe(damaged);
  });

  it('never creates a file at a path that failed to open, even when asked to save there', async () => {
    const other = await create('Acme support');
    const path = join(root, 'elsewhere.orw');
    services.acceptPathFromOs(path);
    expect(errorOf(await handlers['project:open']({ path })).code).toBe('not-found');
    expect((await save({ path, project: other.project, baseRevision: 0 })).ok).toBe(false);
    expect(await exists(path)).toBe(false);
  });

  it('answers not-found for a path that does not exist', async () => {
    services.acceptPathFromOs(join(root, 'nowhere', 'Gone.orw'));
    const error = errorOf(await handlers['project:open']({ path: join(root, 'nowhere', 'Gone.orw') }));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/\S/);
  });
});

describe('saving a project', () => {
  it('saves against the current revision, stamps updatedAt from the clock and moves the revision on', async () => {
    const opened = await create('Acme support');
    const later = clock.advance(90_000);
    const reply = valueOf(
      await save({
        path: opened.path,
        project: { ...opened.project, currency: 'EUR' },
        baseRevision: opened.revision,
      }),
    );
    expect(reply).toEqual({ revision: opened.revision + 1, savedAt: later.toISOString(), warning: null });
    expect(await projectOnDisk(opened.path)).toStrictEqual({
      ...opened.project,
      currency: 'EUR',
      updatedAt: later.toISOString(),
    });
    expect((await listed()).projects[0]).toMatchObject({ updatedAt: later.toISOString() });

    const again = valueOf(
      await save({
        path: opened.path,
        project: { ...opened.project, currency: 'GBP' },
        baseRevision: reply.revision,
      }),
    );
    expect(again.revision).toBe(reply.revision + 1);
    expect((await projectOnDisk(opened.path)).currency).toBe('GBP');
  });

  it('answers conflict to a save based on a stale revision and keeps the newer file', async () => {
    const opened = await create('Acme support');
    const first = { ...opened.project, currency: 'EUR' };
    valueOf(await save({ path: opened.path, project: first, baseRevision: opened.revision }));
    const before = await readFile(opened.path);
    const stale = await save({
      path: opened.path,
      project: { ...opened.project, currency: 'GBP' },
      baseRevision: opened.revision,
    });
    expect(errorOf(stale).code).toBe('conflict');
    expect(await readFile(opened.path)).toEqual(before);
  });

  it('answers conflict when someone else changed the file on disk, and leaves their file untouched', async () => {
    const opened = await create('Acme support');
    const theirs = serializeProjectFile(
      { ...opened.project, name: 'Acme support, edited on the laptop' },
      { appVersion: '0.0.0-other', savedAt: clock.advance(1000) },
    );
    await writeFile(opened.path, theirs);
    const mine = await save({
      path: opened.path,
      project: { ...opened.project, currency: 'EUR' },
      baseRevision: opened.revision,
    });
    expect(errorOf(mine).code).toBe('conflict');
    expect(await readFile(opened.path, 'utf8')).toBe(theirs);
  });

  it('does not call a touched file (same bytes, new modification time) a conflict', async () => {
    const opened = await create('Acme support');
    const touchedAt = new Date(Date.now() + 120_000);
    await utimes(opened.path, touchedAt, touchedAt);
    const reply = await save({
      path: opened.path,
      project: { ...opened.project, currency: 'EUR' },
      baseRevision: opened.revision,
    });
    expect(reply.ok).toBe(true);
    expect((await projectOnDisk(opened.path)).currency).toBe('EUR');
  });

  it('leaves no temp files behind after saves and a rename', async () => {
    const opened = await create('Acme support');
    let revision = opened.revision;
    for (const currency of ['EUR', 'GBP', 'CHF', 'JPY', 'USD']) {
      clock.advance(1000);
      const project = { ...opened.project, currency };
      revision = valueOf(await save({ path: opened.path, project, baseRevision: revision })).revision;
    }
    valueOf(await handlers['project:rename']({ path: opened.path, name: 'Acme care', baseRevision: revision }));
    const inProjects = await readdir(projectsFolder);
    expect(inProjects.filter((name) => name.endsWith('.orw'))).toEqual(['Acme care.orw']);
    expect(inProjects.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await services.dispose();
    const inUserData = await readdir(ports.paths.userData, { recursive: true });
    expect(inUserData.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('renaming a project', () => {
  it('moves the project to a file with the new name and updates the library', async () => {
    const opened = await create('Old name');
    const renamedAt = clock.advance(60_000);
    const reply = valueOf(
      await handlers['project:rename']({ path: opened.path, name: 'New name', baseRevision: opened.revision }),
    );
    const newPath = join(projectsFolder, 'New name.orw');
    expect(reply.path).toBe(newPath);
    expect(reply.project).toMatchObject({ id: opened.project.id, name: 'New name' });
    expect(reply.savedAt).toBe(renamedAt.toISOString());
    expect(await exists(opened.path)).toBe(false);
    expect(await projectOnDisk(newPath)).toStrictEqual(reply.project);

    const projects = (await listed()).projects;
    expect(projects).toEqual([expect.objectContaining({ id: opened.project.id, name: 'New name', path: newPath })]);
  });

  it('lets the caller keep saving at the new path with the revision it got back', async () => {
    const opened = await create('Old name');
    const renamed = valueOf(
      await handlers['project:rename']({ path: opened.path, name: 'New name', baseRevision: opened.revision }),
    );
    const saved = await save({
      path: renamed.path,
      project: { ...renamed.project, currency: 'EUR' },
      baseRevision: renamed.revision,
    });
    expect(saved.ok).toBe(true);
    expect(await projectOnDisk(renamed.path)).toMatchObject({ name: 'New name', currency: 'EUR' });
  });

  it("numbers the file when the new name's file already exists, leaving that file alone", async () => {
    const alpha = await create('Alpha');
    const alphaBytes = await readFile(alpha.path);
    const beta = await create('Beta');
    const reply = valueOf(
      await handlers['project:rename']({ path: beta.path, name: 'Alpha', baseRevision: beta.revision }),
    );
    expect(reply.path).toBe(join(projectsFolder, 'Alpha (2).orw'));
    expect(await exists(beta.path)).toBe(false);
    expect(await readFile(alpha.path)).toEqual(alphaBytes);
    expect((await projectOnDisk(reply.path)).id).toBe(beta.project.id);
  });

  it('is remembered after a restart: the library lists the project under its new name', async () => {
    const opened = await create('Old name');
    const reply = valueOf(
      await handlers['project:rename']({ path: opened.path, name: 'New name', baseRevision: opened.revision }),
    );
    const fresh = await restart();
    const projects = (await listed(fresh)).projects;
    expect(projects).toEqual([expect.objectContaining({ id: opened.project.id, name: 'New name', path: reply.path })]);
    const reopened = valueOf(await fresh['project:open']({ path: reply.path }));
    expect(reopened.project.name).toBe('New name');
  });
});

describe('the library index', () => {
  it('is rebuilt from the projects folder when library.json is corrupted', async () => {
    const alpha = await create('Alpha');
    const beta = await create('Beta');
    await writeFile(join(projectsFolder, 'Broken.orw'), '{ damaged');
    await services.dispose();
    const indexPath = join(ports.paths.userData, 'library.json');
    await writeFile(indexPath, 'garbage {{{ not json');

    const projects = (await listed(await restart())).projects;
    expect(
      projects.map((p) => ({ id: p.id, name: p.name, path: p.path })).toSorted((a, b) => a.name.localeCompare(b.name)),
    ).toEqual([
      { id: alpha.project.id, name: 'Alpha', path: alpha.path },
      { id: beta.project.id, name: 'Beta', path: beta.path },
    ]);
    const rebuilt = await readFile(indexPath, 'utf8');
    expect(() => JSON.parse(rebuilt)).not.toThrow();
  });

  it('is rebuilt from the projects folder when library.json is missing', async () => {
    const alpha = await create('Alpha');
    await services.dispose();
    await rm(join(ports.paths.userData, 'library.json'));
    const projects = (await listed(await restart())).projects;
    expect(projects).toEqual([expect.objectContaining({ id: alpha.project.id, name: 'Alpha', path: alpha.path })]);
  });
});
