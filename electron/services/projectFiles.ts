import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LockHolder, OpenedProject, ParsedRequestOf, RenameReply, SaveReply } from '../../shared/contract';
import { describeLockHolder } from '../../shared/model/lockHolder';
import { createProject, type Project } from '../../shared/model/project';
import { applyProjectChanges, isComplete } from '../../shared/model/projectChanges';
import { parseProjectFile } from '../../shared/model/projectFile';
import { firstFreeFileName, projectFileName } from '../../shared/model/projectFileName';
import { AppFailure } from '../../shared/result';
import type { Backups } from './backups';
import type { FileContent } from './durableWrite';
import { catchIo } from './ioErrors';
import type { LibraryIndex } from './libraryIndex';
import type { ProjectLocks } from './locks';
import type { Clock } from './ports';
import { ProjectFileAdapter, readProjectFile } from './projectFileAdapter';

interface Session {
  adapter: ProjectFileAdapter;
  /** What the file holds, as last read or written. */
  project: Project | null;
  revision: number;
  lockedBy: LockHolder | null;
}

export interface ProjectFilesDeps {
  library: LibraryIndex;
  locks: ProjectLocks;
  backups: Backups;
  projectsFolder: string;
  clock: Clock;
  appVersion: string;
}

const notOpen = () => new AppFailure('not-found', 'This project is not open any more. Open it again to keep working.');

/**
 * Editing sessions on `.orw` files: open, save, rename, close — with the lock that keeps two editors apart,
 * the check that nobody changed the file behind our back, and backups along the way.
 */
export class ProjectFiles {
  private readonly sessions = new Map<string, Session>();
  private readonly background = new Set<Promise<void>>();

  constructor(private readonly deps: ProjectFilesDeps) {}

  get projectsFolder(): string {
    return this.deps.projectsFolder;
  }

  async create(request: ParsedRequestOf<'project:create'>): Promise<OpenedProject> {
    const project = createProject({ ...request, now: this.deps.clock.now() });
    return this.adopt(await this.freePath(this.deps.projectsFolder, project.name), project);
  }

  async open(path: string): Promise<OpenedProject> {
    const session = this.session(path);
    let project: Project;
    try {
      project = await catchIo('open the project', path, () => session.adapter.read());
    } catch (error) {
      // A file that could not be read is not open: nothing may be saved over it.
      if (!session.project) this.sessions.delete(path);
      throw error;
    }
    session.project = project;
    session.revision += 1;
    const lock = await this.deps.locks.acquire(path);
    session.lockedBy = lock.acquired ? null : lock.holder;
    if (lock.acquired) {
      // Nobody waits for the backup or the tidy-up: they run while the user looks at the project.
      const text = session.adapter.snapshot?.content;
      this.inBackground(async () => {
        if (text) await this.backup(project.id, text, 'always');
        await removeStaleTempFiles(path);
      });
    }
    this.deps.library.recordSoon(path, project, { opened: this.deps.clock.now() });
    return this.opened(path, session);
  }

  async save({ path, project: changes, baseRevision, overwrite }: ParsedRequestOf<'project:save'>): Promise<SaveReply> {
    const session = await this.checkWritable(path, baseRevision, overwrite);
    const base = session.project;
    if (!isComplete(changes) && (!base || session.revision !== baseRevision)) {
      throw new AppFailure(
        'conflict',
        'This save is based on a version of the project this window no longer has. Choose which version to keep.',
      );
    }
    const project = base ? applyProjectChanges(base, changes) : (changes as Project);
    if (overwrite) await this.keepTheirs(path, project.id);
    const saved = { ...project, updatedAt: this.deps.clock.now().toISOString() };
    await this.write(path, saved, session);
    const content = session.adapter.snapshot?.content;
    if (content) await this.backup(saved.id, content, 'when-due');
    this.deps.library.recordSoon(path, saved);
    return { revision: session.revision, savedAt: saved.updatedAt };
  }

  /** Renames the project and its file together; the file keeps its folder. */
  async rename({ path, name, baseRevision }: ParsedRequestOf<'project:rename'>): Promise<RenameReply> {
    const session = await this.checkWritable(path, baseRevision, false);
    if (!session.project) throw notOpen();
    const project: Project = { ...session.project, name, updatedAt: this.deps.clock.now().toISOString() };
    const sameFile = projectFileName(name).toLowerCase() === basename(path).toLowerCase();
    if (sameFile) {
      await this.write(path, project, session);
      await this.deps.library.record(path, project);
      return { path, project, revision: session.revision, savedAt: project.updatedAt };
    }
    // Write the new file before removing the old one, so a failure leaves at least one intact copy.
    const newPath = await this.freePath(dirname(path), name);
    const opened = await this.adopt(newPath, project, { revision: session.revision + 1, previousPath: path });
    await this.discard(path);
    return { path: newPath, project, revision: opened.revision, savedAt: project.updatedAt };
  }

  /** Ends the session; the backup its opening started finishes first, so the lock covers it. */
  async close(path: string): Promise<void> {
    await this.settled();
    this.sessions.delete(path);
    await this.deps.locks.release(path);
  }

  async closeAll(): Promise<void> {
    await this.settled();
    this.sessions.clear();
    await this.deps.locks.releaseAll();
  }

  /** Resolves once the work started in the background (backups after open) is done. */
  async settled(): Promise<void> {
    await Promise.all(this.background);
  }

  private inBackground(task: () => Promise<void>): void {
    const running = task().finally(() => this.background.delete(running));
    this.background.add(running);
  }

  /** Ends the session and removes the file (after a move or a rename; delete goes to the trash instead). */
  async discard(path: string): Promise<void> {
    // Only a file this app has open and holds the lock of is ever removed; a path from the renderer alone is not enough.
    if (!this.isEditing(path)) throw notOpen();
    await this.close(path);
    await catchIo('remove the old file', path, () => rm(path, { force: true }));
  }

  /** Who else has the file open right now, if anyone (a lock that is live and not this app's). */
  async openElsewhere(path: string): Promise<LockHolder | null> {
    if (this.deps.locks.isHeld(path)) return null;
    const lock = await this.deps.locks.acquire(path);
    if (!lock.acquired) return lock.holder;
    await this.deps.locks.release(path);
    return null;
  }

  /** Whether this app has read or written the file in this session. */
  isOpen(path: string): boolean {
    return this.sessions.get(path)?.project != null;
  }

  /** Whether the file is open here for editing: read or written by this app, and locked by it. */
  isEditing(path: string): boolean {
    const session = this.sessions.get(path);
    return session?.project != null && session.lockedBy === null && this.deps.locks.isHeld(path);
  }

  /**
   * Writes `project` to `path` (new, or replacing a file the user chose to replace) and opens it for
   * editing. Refused when someone else has that file open.
   */
  async adopt(
    path: string,
    project: Project,
    options: { revision?: number; previousPath?: string } = {},
  ): Promise<OpenedProject> {
    await catchIo('create the folder', dirname(path), () => mkdir(dirname(path), { recursive: true }));
    const lock = await this.deps.locks.acquire(path);
    if (!lock.acquired) {
      throw new AppFailure(
        'locked',
        `${describeLockHolder(lock.holder)} has that file open, so it can't be replaced now.`,
      );
    }
    const session = this.session(path);
    session.revision = options.revision ?? session.revision;
    session.lockedBy = null;
    await this.write(path, project, session);
    await this.deps.library.record(path, project, {
      opened: this.deps.clock.now(),
      previousPath: options.previousPath,
    });
    return this.opened(path, session);
  }

  /** What the file holds as far as this app knows: the session's last save, else the file itself. */
  async current(path: string): Promise<Project> {
    const project = this.sessions.get(path)?.project;
    if (project) return project;
    return (await catchIo('read the project', path, () => readProjectFile(path))).project;
  }

  /** Writes a project to a file nobody edits here (a duplicate, an export). */
  async writeDetached(path: string, project: Project): Promise<void> {
    const adapter = new ProjectFileAdapter(path, { appVersion: this.deps.appVersion, clock: this.deps.clock });
    await catchIo('save the file', path, () => adapter.write(project));
  }

  /** A path for a new file named after the project in `folder`, not taken by any file there. */
  async freePath(folder: string, projectName: string): Promise<string> {
    const names = await catchIo('use the folder', folder, async () => {
      await mkdir(folder, { recursive: true });
      return readdir(folder);
    });
    return join(folder, firstFreeFileName(projectFileName(projectName), names));
  }

  /** Keeps a copy of the file's bytes; a failing backup never stops the user's work. */
  async backup(projectId: string, bytes: FileContent, when: 'always' | 'when-due'): Promise<void> {
    try {
      if (when === 'always') await this.deps.backups.snapshot(projectId, bytes);
      else await this.deps.backups.snapshotIfDue(projectId, bytes);
    } catch (error) {
      console.warn('[backups] snapshot failed', error);
    }
  }

  /**
   * Before "Overwrite" replaces a file someone else changed, their version goes into the backups (or aside,
   * if it is damaged). A file from a newer version of the app is never overwritten.
   */
  private async keepTheirs(path: string, projectId: string): Promise<void> {
    const theirs = await readFile(path).catch(() => null);
    if (!theirs) return;
    const parsed = parseProjectFile(theirs.toString('utf8'));
    if (!parsed.ok && parsed.error.code === 'newer-version') {
      throw new AppFailure(
        'newer-version',
        'The file on disk was saved by a newer version of the app, so it is not overwritten. Save your version as a copy, and update the app.',
      );
    }
    if (parsed.ok) await this.backup(projectId, theirs, 'always');
    else await this.deps.backups.keepDamaged(projectId, theirs);
  }

  private session(path: string): Session {
    let session = this.sessions.get(path);
    if (!session) {
      const adapter = new ProjectFileAdapter(path, { appVersion: this.deps.appVersion, clock: this.deps.clock });
      session = { adapter, project: null, revision: 0, lockedBy: null };
      this.sessions.set(path, session);
    }
    return session;
  }

  private opened(path: string, session: Session): OpenedProject {
    if (!session.project) throw notOpen();
    return { path, project: session.project, revision: session.revision, lockedBy: session.lockedBy };
  }

  private async write(path: string, project: Project, session: Session): Promise<void> {
    await catchIo('save the project', path, () => session.adapter.write(project));
    session.project = project;
    session.revision += 1;
  }

  /** The session, if this app may write the file now; else `locked` or a `conflict` the user must resolve. */
  private async checkWritable(path: string, baseRevision: number, overwrite: boolean): Promise<Session> {
    const session = this.sessions.get(path);
    if (!session) throw notOpen();
    if (session.lockedBy || !this.deps.locks.isHeld(path)) {
      throw new AppFailure(
        'locked',
        'Someone else has this project open, so changes cannot be saved to it. Save your changes as a copy instead.',
      );
    }
    const folder = dirname(path);
    if (
      !(await stat(folder).then(
        (info) => info.isDirectory(),
        () => false,
      ))
    ) {
      throw new AppFailure(
        'io',
        `Couldn't save: the folder "${folder}" is not available (a drive or USB stick disconnected?). Your edits are kept here; plug it back in and retry.`,
      );
    }
    if (!overwrite && (session.revision !== baseRevision || (await session.adapter.changedOnDisk()))) {
      throw new AppFailure(
        'conflict',
        'This project file was changed outside this window since you opened it. Your edits are kept here; choose which version to keep.',
      );
    }
    return session;
  }
}

/**
 * A crash in the middle of a save leaves its temp file (`.name.orw.<random>.tmp`) beside the project. The
 * lock says nobody else is writing it now, so whatever temp files remain are leftovers.
 */
async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))) {
    await rm(join(dirname(path), name), { force: true }).catch(() => undefined);
  }
}
