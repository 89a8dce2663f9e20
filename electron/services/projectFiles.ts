import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LockHolder, OpenedProject, ParsedRequestOf, RenameReply, SaveReply } from '../../shared/contract';
import { newId } from '../../shared/ids';
import { describeLockHolder } from '../../shared/model/lockHolder';
import { createSampleProject } from '../../shared/catalog/sampleProject';
import { createProject, type Project } from '../../shared/model/project';
import { applyProjectChanges, isComplete } from '../../shared/model/projectChanges';
import { parseProjectFile } from '../../shared/model/projectFile';
import { firstFreeFileName, projectFileName, sameFileName } from '../../shared/model/projectFileName';
import { AppFailure } from '../../shared/result';
import type { Backups } from './backups';
import { isTempInFlight, retryWhileBusy, tempFileOwner, type FileContent } from './durableWrite';
import { catchIo } from './ioErrors';
import type { LibraryIndex } from './libraryIndex';
import { isAlive, type ProjectLocks } from './locks';
import type { Log } from './log';
import type { Clock } from './ports';
import { ProjectFileAdapter, readProjectFile } from './projectFileAdapter';

interface Session {
  adapter: ProjectFileAdapter;
  /** The file's identity: two spellings of one path share one session. */
  key: string;
  /** What the file holds, as last read or written. */
  project: Project | null;
  revision: number;
  lockedBy: LockHolder | null;
  /** Why the file may not be written from here; null while it is open for editing. */
  readOnly: string | null;
}

/** Removes a file; tests pass one that fails the way Windows does while an indexer holds the file. */
export type RemoveFile = (path: string) => Promise<void>;

export interface ProjectFilesDeps {
  library: LibraryIndex;
  locks: ProjectLocks;
  backups: Backups;
  projectsFolder: string;
  clock: Clock;
  appVersion: string;
  log: Log;
  removeFile: RemoveFile;
}

const notOpen = () => new AppFailure('not-found', 'This project is not open any more. Open it again to keep working.');
/** A temp file older than this is a leftover whatever its process id says: no save takes an hour. */
const abandonedTempMs = 60 * 60 * 1000;

/**
 * Editing sessions on `.orw` files: open, save, rename, close — with the lock that keeps two editors apart,
 * the check that nobody changed the file behind our back, and backups along the way. Nothing replaces a
 * file's content with anything but the user's latest edits unless a backup of what it held was made first.
 */
export class ProjectFiles {
  private readonly sessions = new Map<string, Session>();
  private readonly background = new Set<Promise<void>>();
  /** Projects whose last backup failed: every save says so until one succeeds. */
  private readonly backupWarnings = new Map<string, string>();

  constructor(private readonly deps: ProjectFilesDeps) {}

  get projectsFolder(): string {
    return this.deps.projectsFolder;
  }

  async create(request: ParsedRequestOf<'project:create'>): Promise<OpenedProject> {
    const project = createProject({ ...request, now: this.deps.clock.now() });
    return this.createIn(this.deps.projectsFolder, project);
  }

  /** The sample engagement as a new project of its own: a fresh id, so every sample file is its own project. */
  async createSample(): Promise<OpenedProject> {
    const project = { ...createSampleProject({ now: this.deps.clock.now() }), id: newId() };
    return this.createIn(this.deps.projectsFolder, project);
  }

  async open(path: string): Promise<OpenedProject> {
    const identity = await this.deps.locks.identify(path);
    const { key } = identity;
    // The same file by another path (a symlink, other case, a mapped drive): one session, one spelling.
    const twin = [...this.sessions].find(([other, s]) => s.key === key && other !== path);
    if (twin) return this.open(twin[0]);
    const session = this.session(path, key);
    // The lock is taken while the file is read and checked, which takes longer: opening waits for one, not both.
    // Whatever happens, it is settled before `open` ends, and given back when the file is not opened for editing.
    const heldBefore = this.deps.locks.isHeld(path);
    const locking = this.deps.locks.acquire(path, identity).then(
      (lock) => ({ lock }),
      (error: unknown) => ({ error }),
    );
    let project: Project;
    try {
      project = await catchIo('open the project', path, () => session.adapter.read());
    } catch (error) {
      // A file that could not be read is not open: nothing may be saved over it.
      if (!session.project) this.sessions.delete(path);
      await locking;
      if (!heldBefore) await this.deps.locks.release(path);
      throw error;
    }
    session.project = project;
    session.revision += 1;
    const { repairs, unknownFields } = session.adapter.report;
    for (const repair of repairs) this.deps.log.write('repair', `${path}: ${repair}`);
    const notices = [...repairs];
    const locked = await locking;
    if (unknownFields.length > 0) {
      await this.deps.locks.release(path);
      session.lockedBy = null;
      session.readOnly = unknownFieldsReason(unknownFields);
    } else {
      if ('error' in locked) throw locked.error;
      const { lock } = locked;
      session.lockedBy = lock.acquired ? null : lock.holder;
      session.readOnly = lock.acquired ? null : lock.reason;
    }
    if (session.readOnly === null) {
      const copyNotice = await this.giveCopyItsOwnId(path, session);
      if (copyNotice) notices.push(copyNotice);
      const opened = session.project ?? project;
      // Nobody waits for the backup or the tidy-up: they run while the user looks at the project.
      const bytes = session.adapter.snapshot?.content;
      this.inBackground(async () => {
        if (bytes) await this.backup(opened.id, bytes, 'always', path);
        await this.removeStaleTempFiles(path);
      });
    }
    this.deps.library.recordSoon(path, session.project ?? project, { opened: this.deps.clock.now() });
    return this.opened(path, session, notices);
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
    // "Overwrite" replaces what someone else saved: their version goes into the backups first, or nothing happens.
    if (overwrite) await this.keepBeforeReplacing(path, project.id);
    const saved = { ...project, updatedAt: this.deps.clock.now().toISOString() };
    await this.write(path, saved, session);
    const content = session.adapter.snapshot?.content;
    const warning = content ? await this.backup(saved.id, content, 'when-due', path) : null;
    this.deps.library.recordSoon(path, saved);
    return { revision: session.revision, savedAt: saved.updatedAt, warning };
  }

  /** Renames the project and its file together; the file keeps its folder. */
  async rename({ path, name, baseRevision }: ParsedRequestOf<'project:rename'>): Promise<RenameReply> {
    const session = await this.checkWritable(path, baseRevision, false);
    if (!session.project) throw notOpen();
    const project: Project = { ...session.project, name, updatedAt: this.deps.clock.now().toISOString() };
    const sameFile = sameFileName(projectFileName(name, { folder: dirname(path) }), basename(path));
    if (sameFile) {
      await this.write(path, project, session);
      await this.deps.library.record(path, project);
      return { path, project, revision: session.revision, savedAt: project.updatedAt, warning: null };
    }
    // Write the new file before removing the old one, so a failure leaves at least one intact copy.
    const opened = await this.createIn(dirname(path), project, {
      revision: session.revision + 1,
      previousPath: path,
    });
    const warning = await this.discard(path);
    return { path: opened.path, project, revision: opened.revision, savedAt: project.updatedAt, warning };
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

  /**
   * Ends the session and removes the file (after a move or a rename; delete goes to the trash instead). On
   * Windows an indexer, antivirus or sync client may hold the file for a moment: removal is retried, and
   * if the file still cannot go, the project carries on at its new place and the sentence returned says the
   * old copy remains.
   */
  async discard(path: string): Promise<string | null> {
    // Only a file this app has open and holds the lock of is ever removed; a path from the renderer alone is not enough.
    if (!this.isEditing(path)) throw notOpen();
    await this.close(path);
    try {
      await retryWhileBusy(() => this.deps.removeFile(path));
      return null;
    } catch (error) {
      this.deps.log.write('failure', `could not remove the old file ${path}`, error);
      return `The project now lives in its new place, but the old file “${path}” could not be removed (another program is using it). It is still there: delete it yourself once that program lets go.`;
    }
  }

  /** Who else has the file open right now, if anyone (a lock that is live and not this app's). */
  async openElsewhere(path: string): Promise<LockHolder | null> {
    if (this.deps.locks.isHeld(path)) return null;
    const lock = await this.deps.locks.acquire(path);
    if (lock.acquired) {
      await this.deps.locks.release(path);
      return null;
    }
    return lock.holder ?? { user: 'someone', host: 'another computer', since: '', sameComputer: false };
  }

  /** Whether this app has read or written the file in this session. */
  isOpen(path: string): boolean {
    return this.sessions.get(path)?.project != null;
  }

  /** Whether the file is open here for editing: read or written by this app, and locked by it. */
  isEditing(path: string): boolean {
    const session = this.sessions.get(path);
    return session?.project != null && session.readOnly === null && this.deps.locks.isHeld(path);
  }

  /**
   * Creates a new file for `project` in `folder`, named after it, and opens it for editing. Creation is
   * exclusive: a file that appears meanwhile (or differs only in case or Unicode form) is never replaced;
   * the next free name is taken instead.
   */
  async createIn(
    folder: string,
    project: Project,
    options: { revision?: number; previousPath?: string } = {},
  ): Promise<OpenedProject> {
    for (let attempt = 1; ; attempt += 1) {
      const path = await this.freePath(folder, project.name);
      try {
        return await this.adopt(path, project, { ...options, exclusive: true });
      } catch (error) {
        if (!(error instanceof AppFailure && error.code === 'already-exists') || attempt >= 5) throw error;
      }
    }
  }

  /**
   * Writes `project` to `path` (new, or replacing a file the user chose to replace — `replacing` keeps a
   * backup of that file first) and opens it for editing. Refused when someone else has that file open.
   */
  async adopt(
    path: string,
    project: Project,
    options: { revision?: number; previousPath?: string; exclusive?: boolean; replacing?: boolean } = {},
  ): Promise<OpenedProject> {
    await catchIo('create the folder', dirname(path), () => mkdir(dirname(path), { recursive: true }));
    const lock = await this.deps.locks.acquire(path);
    if (!lock.acquired) {
      throw new AppFailure(
        'locked',
        lock.holder
          ? `${describeLockHolder(lock.holder)} has that file open, so it can't be replaced now.`
          : lock.reason,
      );
    }
    const session = this.session(path, await this.deps.locks.keyOf(path));
    session.revision = options.revision ?? session.revision;
    session.lockedBy = null;
    session.readOnly = null;
    try {
      if (options.replacing) await this.keepBeforeReplacing(path, project.id);
      await this.write(path, project, session, { exclusive: options.exclusive });
    } catch (error) {
      // Nothing was written: no session and no lock stay behind.
      if (!session.project) this.sessions.delete(path);
      await this.deps.locks.release(path);
      throw error;
    }
    await this.deps.library.record(path, project, {
      opened: this.deps.clock.now(),
      previousPath: options.previousPath,
    });
    return this.opened(path, session, []);
  }

  /** What the file holds as far as this app knows: the session's last save, else the file itself. */
  async current(path: string): Promise<Project> {
    const project = this.sessions.get(path)?.project;
    if (project) return project;
    return (await catchIo('read the project', path, () => readProjectFile(path))).project;
  }

  /**
   * Writes a project to a file nobody edits here (a duplicate, an export): a new file named after it in
   * `folder`, created exclusively.
   */
  async writeNewDetached(folder: string, project: Project): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      const path = await this.freePath(folder, project.name);
      const adapter = new ProjectFileAdapter(path, { appVersion: this.deps.appVersion, clock: this.deps.clock });
      try {
        await catchIo('save the file', path, () => adapter.write(project, { exclusive: true }));
        return path;
      } catch (error) {
        if (!(error instanceof AppFailure && error.code === 'already-exists') || attempt >= 5) throw error;
      }
    }
  }

  /** Writes a project over a file the user chose (an export); what that file held is backed up first. */
  async writeDetached(path: string, project: Project): Promise<void> {
    await this.keepBeforeReplacing(path, project.id);
    const adapter = new ProjectFileAdapter(path, { appVersion: this.deps.appVersion, clock: this.deps.clock });
    await catchIo('save the file', path, () => adapter.write(project));
  }

  /** A path for a new file named after the project in `folder`, not taken by any file there. */
  async freePath(folder: string, projectName: string): Promise<string> {
    const names = await catchIo('use the folder', folder, async () => {
      await mkdir(folder, { recursive: true });
      return readdir(folder);
    });
    return join(folder, firstFreeFileName(projectFileName(projectName, { folder }), names));
  }

  /**
   * Keeps a copy of the file's bytes where a failure must not stop the user's work (on open, every 10
   * minutes of editing); returns a sentence for the save status when it failed.
   */
  async backup(
    projectId: string,
    bytes: FileContent,
    when: 'always' | 'when-due',
    source: string,
  ): Promise<string | null> {
    try {
      if (when === 'always') {
        await this.deps.backups.snapshot(projectId, bytes, source);
        this.backupWarnings.delete(projectId);
      } else if (await this.deps.backups.snapshotIfDue(projectId, bytes, source)) {
        this.backupWarnings.delete(projectId);
      }
    } catch (error) {
      this.deps.log.write('failure', `backup of ${source} failed`, error);
      this.backupWarnings.set(
        projectId,
        `Saved, but the periodic backup copy could not be made (${(error as NodeJS.ErrnoException).code ?? 'unexpected error'}). Check the free space on this computer's disk.`,
      );
    }
    return this.backupWarnings.get(projectId) ?? null;
  }

  /**
   * Before a file's content is replaced by anything but the user's latest edits (Overwrite, a restored
   * backup, Save As or an export onto an existing file), what it holds goes into the backups — or aside,
   * if it is damaged. If that copy cannot be made, nothing is replaced: this throws and the file is untouched.
   * A file from a newer version of the app is never replaced.
   */
  async keepBeforeReplacing(path: string, projectId: string): Promise<void> {
    let before: Buffer;
    try {
      before = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new AppFailure(
        'io',
        `Couldn't read “${path}” to keep a backup of it before it is replaced, so it was left as it is.`,
      );
    }
    const parsed = parseProjectFile(before.toString('utf8'));
    if (!parsed.ok && parsed.error.code === 'newer-version') {
      throw new AppFailure(
        'newer-version',
        'The file on disk was saved by a newer version of the app, so it is not replaced. Save your version as a copy, and update the app.',
      );
    }
    try {
      if (parsed.ok) await this.deps.backups.snapshot(parsed.value.id, before, path);
      else await this.deps.backups.keepDamaged(projectId, before);
    } catch (error) {
      this.deps.log.write('failure', `backup before replacing ${path} failed`, error);
      throw new AppFailure(
        'io',
        `Couldn't keep a backup of the version about to be replaced (${(error as NodeJS.ErrnoException).code ?? 'unexpected error'}), so nothing was changed. Free some disk space and try again.`,
      );
    }
  }

  /**
   * A file copied in Explorer or Finder holds the same project id as its original. When the library knows
   * another file with this id that still holds it, this one gets a fresh id (written at once, its old bytes
   * backed up first), so the two keep separate backups and both stay in the list.
   */
  private async giveCopyItsOwnId(path: string, session: Session): Promise<string | null> {
    const project = session.project;
    if (!project) return null;
    let original: string | null = null;
    for (const other of await this.deps.library.pathsWithId(project.id, path)) {
      if ((await this.deps.locks.keyOf(other)) === session.key) continue;
      const otherId = await readProjectFile(other).then(
        (read) => read.project.id,
        () => null,
      );
      if (otherId === project.id) original = other;
      // A file that is gone moved (in Explorer, say) to here: its old entry goes.
      else if (otherId === null && !(await exists(other))) await this.deps.library.forget(other);
    }
    if (original === null) return null;
    const copy: Project = { ...project, id: newId() };
    try {
      const bytes = session.adapter.snapshot?.content;
      if (bytes) await this.deps.backups.snapshot(copy.id, bytes, path);
      await this.write(path, copy, session);
    } catch (error) {
      this.deps.log.write('failure', `could not give the copy ${path} its own id`, error);
      return null;
    }
    this.deps.log.write('repair', `${path} is a copy of ${original}; it was given its own id`);
    return `This file is a copy of “${original}”. It was given its own identity, so the two keep separate backups and both stay in your list.`;
  }

  private session(path: string, key: string): Session {
    let session = this.sessions.get(path);
    if (!session) {
      const adapter = new ProjectFileAdapter(path, { appVersion: this.deps.appVersion, clock: this.deps.clock });
      session = { adapter, key, project: null, revision: 0, lockedBy: null, readOnly: null };
      this.sessions.set(path, session);
    }
    return session;
  }

  private opened(path: string, session: Session, notices: string[]): OpenedProject {
    if (!session.project) throw notOpen();
    return {
      path,
      project: session.project,
      revision: session.revision,
      lockedBy: session.lockedBy,
      readOnly: session.readOnly,
      notices,
    };
  }

  private async write(
    path: string,
    project: Project,
    session: Session,
    options: { exclusive?: boolean | undefined } = {},
  ): Promise<void> {
    await catchIo('save the project', path, () =>
      session.adapter.write(project, { exclusive: options.exclusive ?? false }),
    );
    session.project = project;
    session.revision += 1;
  }

  /** The session, if this app may write the file now; else `locked` or a `conflict` the user must resolve. */
  private async checkWritable(path: string, baseRevision: number, overwrite: boolean): Promise<Session> {
    const session = this.sessions.get(path);
    if (!session) throw notOpen();
    if (session.readOnly !== null || !this.deps.locks.isHeld(path)) {
      throw new AppFailure(
        'locked',
        session.lockedBy || session.readOnly === null
          ? 'Someone else has this project open, so changes cannot be saved to it. Save your changes as a copy instead.'
          : session.readOnly,
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

  /**
   * A crash in the middle of a save leaves its temp file (`.name.orw.<pid>-<random>.tmp`) beside the project.
   * This app holds the lock, so no other copy saves the file; a temp is removed only when provably
   * abandoned: not one of this process's saves in flight, and its process gone or the file an hour old.
   */
  private async removeStaleTempFiles(path: string): Promise<void> {
    const folder = dirname(path);
    const fileName = basename(path);
    const names = await readdir(folder).catch(() => [] as string[]);
    const now = this.deps.clock.now().getTime();
    for (const name of names.filter((n) => n.startsWith(`.${fileName}.`) && n.endsWith('.tmp'))) {
      const temp = join(folder, name);
      if (isTempInFlight(temp)) continue;
      const owner = tempFileOwner(name, fileName);
      const age = await stat(temp).then(
        (info) => now - info.mtimeMs,
        () => 0,
      );
      const ownerGone = owner !== null && owner.pid !== process.pid && !isAlive(owner.pid);
      if (ownerGone || age > abandonedTempMs) {
        await rm(temp, { force: true }).then(
          () => this.deps.log.write('housekeeping', `removed the leftover temp file ${temp}`),
          () => undefined,
        );
      }
    }
  }
}

function unknownFieldsReason(fields: readonly string[]): string {
  return `This file holds fields this version of the app does not know (${fields.join(', ')}); it was probably saved by a newer version. It is open read-only so none of them is lost: update the app to edit it, or open a copy.`;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
