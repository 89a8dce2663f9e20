import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { OpenedProject, RenameReply, RequestOf, SaveReply } from '../../shared/contract';
import { createProject, type Project } from '../../shared/model/project';
import { firstFreeFileName, projectFileName } from '../../shared/model/projectFileName';
import { AppFailure } from '../../shared/result';
import { ioFailure } from './ioErrors';
import type { LibraryIndex } from './libraryIndex';
import type { Clock } from './ports';
import { ProjectFileAdapter } from './projectFileAdapter';

interface OpenFile {
  adapter: ProjectFileAdapter;
  /** What the file holds, as last read or written. */
  project: Project | null;
  revision: number;
}

/** Creating, opening, saving and renaming `.orw` project files; remembers what it last read or wrote. */
export class ProjectFiles {
  private readonly open = new Map<string, OpenFile>();

  constructor(
    private readonly deps: { library: LibraryIndex; projectsFolder: string; clock: Clock; appVersion: string },
  ) {}

  async create(request: RequestOf<'project:create'>): Promise<OpenedProject> {
    const now = this.deps.clock.now();
    const project = createProject({ ...request, now });
    const folder = this.deps.projectsFolder;
    const path = await this.catchIo('create the project', folder, async () => {
      await mkdir(folder, { recursive: true });
      const fileName = firstFreeFileName(projectFileName(project.name), await readdir(folder));
      return join(folder, fileName);
    });
    const file = await this.write(path, project);
    await this.deps.library.record(path, project, { opened: now });
    return { path, project, revision: file.revision };
  }

  async openFile({ path }: RequestOf<'project:open'>): Promise<OpenedProject> {
    const file = this.track(path);
    const project = await this.catchIo('open the project', path, () => file.adapter.read());
    file.project = project;
    file.revision += 1;
    await this.deps.library.record(path, project, { opened: this.deps.clock.now() });
    return { path, project, revision: file.revision };
  }

  async save({ path, project, baseRevision }: RequestOf<'project:save'>): Promise<SaveReply> {
    const file = await this.checkUnchanged(path, baseRevision);
    const saved = { ...project, updatedAt: this.deps.clock.now().toISOString() };
    await this.write(path, saved, file);
    await this.deps.library.record(path, saved);
    return { revision: file.revision, savedAt: saved.updatedAt };
  }

  /** Renames the project and its file together; the file keeps its folder. */
  async rename({ path, name, baseRevision }: RequestOf<'project:rename'>): Promise<RenameReply> {
    const file = await this.checkUnchanged(path, baseRevision);
    if (!file.project)
      throw new AppFailure('not-found', 'This project is not open any more. Open it again to keep working.');
    const project: Project = { ...file.project, name, updatedAt: this.deps.clock.now().toISOString() };
    const folder = dirname(path);
    const wanted = projectFileName(name);
    const newPath =
      wanted.toLowerCase() === basename(path).toLowerCase()
        ? path
        : join(
            folder,
            firstFreeFileName(wanted, await this.catchIo('rename the project', folder, () => readdir(folder))),
          );
    if (newPath === path) {
      await this.write(path, project, file);
    } else {
      // Write the new file before removing the old one, so a failure leaves at least one intact copy.
      const moved = await this.write(newPath, project);
      moved.revision = file.revision + 1;
      await this.catchIo('remove the old file', path, () => rm(path));
      this.open.delete(path);
    }
    await this.deps.library.record(newPath, project, { previousPath: path });
    const revision = this.open.get(newPath)?.revision ?? 0;
    return { path: newPath, project, revision, savedAt: project.updatedAt };
  }

  async close({ path }: RequestOf<'project:close'>): Promise<null> {
    this.open.delete(path);
    return null;
  }

  private track(path: string): OpenFile {
    let file = this.open.get(path);
    if (!file) {
      const adapter = new ProjectFileAdapter(path, { appVersion: this.deps.appVersion, clock: this.deps.clock });
      file = { adapter, project: null, revision: 0 };
      this.open.set(path, file);
    }
    return file;
  }

  private async write(path: string, project: Project, file = this.track(path)): Promise<OpenFile> {
    await this.catchIo('save the project', path, () => file.adapter.write(project));
    file.project = project;
    file.revision += 1;
    return file;
  }

  /** The open file, if this save is based on what is on disk; else a `conflict` the user must resolve. */
  private async checkUnchanged(path: string, baseRevision: number): Promise<OpenFile> {
    const file = this.open.get(path);
    if (!file) throw new AppFailure('not-found', 'This project is not open any more. Open it again to keep working.');
    if (file.revision !== baseRevision || (await file.adapter.changedOnDisk())) {
      throw new AppFailure(
        'conflict',
        'This project file was changed outside this window since you opened it. Your edits are kept here; choose which version to keep.',
      );
    }
    return file;
  }

  private async catchIo<T>(action: string, path: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw ioFailure(error, action, path);
    }
  }
}
