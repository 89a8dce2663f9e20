import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../shared/model/project';
import type { BackupEntry } from '../../shared/contract';
import { countProject } from '../../shared/model/projectCounts';
import { parseProjectFile } from '../../shared/model/projectFile';
import { AppFailure } from '../../shared/result';
import { writeFileDurable, type FileContent } from './durableWrite';
import type { Clock } from './ports';

export const backupIntervalMs = 10 * 60 * 1000;
export const keepNewest = 20;
export const keepDailyDays = 30;
/** Backups of a project moved to the trash, and copies of damaged files, are kept this long. */
export const keepAfterTrashDays = 30;
export const keepDamagedDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/** Backup file names: a UTC time stamp safe on every file system, e.g. `2026-11-24T14-05-03-123Z.orw`. */
const backupNamePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.orw$/;

export function isBackupId(id: string): boolean {
  return backupNamePattern.test(id);
}

/** A time as file names on every file system accept it (no colons). */
function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function stampOf(id: string): Date | null {
  const m = backupNamePattern.exec(id);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

/**
 * Which backups to keep: the newest `keepNewest`, plus the newest of each day in the last `keepDailyDays`.
 * `ids` may be in any order; returns the ids to delete.
 */
export function backupsToPrune(ids: readonly string[], now: Date): string[] {
  const dated = ids
    .map((id) => ({ id, at: stampOf(id) }))
    .filter((b): b is { id: string; at: Date } => b.at !== null)
    .toSorted((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(dated.slice(0, keepNewest).map((b) => b.id));
  const oldestDaily = now.getTime() - keepDailyDays * 24 * 60 * 60 * 1000;
  const daysSeen = new Set<string>();
  for (const backup of dated) {
    const day = backup.at.toISOString().slice(0, 10);
    if (backup.at.getTime() >= oldestDaily && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.id);
    }
  }
  return dated.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

/** Snapshots of project files in `<userData>/backups/<projectId>/`, taken on open and every 10 minutes of editing. */
export class Backups {
  private readonly lastSnapshot = new Map<string, number>();

  constructor(
    private readonly root: string,
    private readonly clock: Clock,
  ) {}

  /** Keeps a copy of the file's bytes as they are now; `source` is where the file is, to find it again. */
  async snapshot(projectId: string, bytes: FileContent, source?: string): Promise<void> {
    const folder = this.folderOf(projectId);
    const now = this.clock.now();
    // Claimed before the first await, so a save racing a snapshot taken on open does not take another.
    this.lastSnapshot.set(projectId, now.getTime());
    await mkdir(folder, { recursive: true });
    if (source !== undefined) await this.noteSource(projectId, source);
    const existing = await readdir(folder);
    const base = fileStamp(now);
    let id = `${base}.orw`;
    for (let n = 2; existing.includes(id); n += 1) id = `${base}-${n}.orw`;
    await writeFileDurable(join(folder, id), bytes);
    for (const old of backupsToPrune([...existing, id].filter(isBackupId), now)) {
      await rm(join(folder, old), { force: true });
    }
  }

  /** Snapshots if the last one for this project is more than 10 minutes old; true when it took one. */
  async snapshotIfDue(projectId: string, bytes: FileContent, source?: string): Promise<boolean> {
    const last = this.lastSnapshot.get(projectId) ?? 0;
    if (this.clock.now().getTime() - last < backupIntervalMs) return false;
    await this.snapshot(projectId, bytes, source);
    return true;
  }

  private readonly notedSources = new Map<string, string>();

  /**
   * `source.json` in the project's backup folder says where its file was last seen, so a lost library can
   * find the project again; a project seen again is no longer in the trash.
   */
  private async noteSource(projectId: string, source: string): Promise<void> {
    if (this.notedSources.get(projectId) === source) return;
    const folder = this.folderOf(projectId);
    await writeFile(join(folder, 'source.json'), `${JSON.stringify({ path: source })}\n`);
    await rm(join(folder, 'trashed.json'), { force: true });
    this.notedSources.set(projectId, source);
  }

  /** Where the files of every project with backups were last seen. */
  async sources(): Promise<string[]> {
    const ids = await readdir(this.root).catch(() => [] as string[]);
    const paths: string[] = [];
    for (const id of ids) {
      const text = await readFile(join(this.root, id, 'source.json'), 'utf8').catch(() => null);
      const path = text ? (safeJson(text) as { path?: unknown } | null)?.path : undefined;
      if (typeof path === 'string') paths.push(path);
    }
    return paths;
  }

  /** The project went to the trash: its backups stay `keepAfterTrashDays`, in case it comes back. */
  async markTrashed(projectId: string): Promise<void> {
    const folder = this.folderOf(projectId);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'trashed.json'), `${JSON.stringify({ at: this.clock.now().toISOString() })}\n`);
    this.notedSources.delete(projectId);
  }

  /**
   * Housekeeping: removes the backups of projects in the trash for more than `keepAfterTrashDays`, and copies
   * of damaged files older than `keepDamagedDays` (the newest of each project stays). Returns what it removed.
   */
  async prune(): Promise<string[]> {
    const now = this.clock.now().getTime();
    const removed: string[] = [];
    for (const id of await readdir(this.root).catch(() => [] as string[])) {
      const folder = join(this.root, id);
      const trashed = await readFile(join(folder, 'trashed.json'), 'utf8').catch(() => null);
      const at = trashed ? Date.parse(String((safeJson(trashed) as { at?: unknown } | null)?.at)) : Number.NaN;
      if (Number.isFinite(at) && now - at > keepAfterTrashDays * dayMs) {
        await rm(folder, { recursive: true, force: true });
        removed.push(folder);
        continue;
      }
      const damaged = (await readdir(folder).catch(() => [] as string[]))
        .map((name) => ({ name, at: stampOf(name.replace(/^damaged-/, '').replace(/\.bin$/, '.orw')) }))
        .filter((entry): entry is { name: string; at: Date } => entry.name.startsWith('damaged-') && entry.at !== null)
        .toSorted((a, b) => b.at.getTime() - a.at.getTime());
      for (const entry of damaged.slice(1)) {
        if (now - entry.at.getTime() > keepDamagedDays * dayMs) {
          await rm(join(folder, entry.name), { force: true });
          removed.push(join(folder, entry.name));
        }
      }
    }
    return removed;
  }

  /** Keeps the bytes of a damaged file before it is replaced by a restored backup; never listed or pruned. */
  async keepDamaged(projectId: string, bytes: Uint8Array): Promise<void> {
    const folder = this.folderOf(projectId);
    await mkdir(folder, { recursive: true });
    await writeFileDurable(join(folder, `damaged-${fileStamp(this.clock.now())}.bin`), bytes);
  }

  /** Newest first; unreadable backups are left out. */
  async list(projectId: string): Promise<BackupEntry[]> {
    const ids = await readdir(this.folderOf(projectId)).catch(() => [] as string[]);
    const entries: BackupEntry[] = [];
    for (const id of ids.filter(isBackupId)) {
      const project = await this.readProject(projectId, id).catch(() => null);
      const at = stampOf(id);
      if (project && at)
        entries.push({ id, savedAt: at.toISOString(), name: project.name, counts: countProject(project) });
    }
    return entries.toSorted((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async read(projectId: string, backupId: string): Promise<Project> {
    if (!isBackupId(backupId)) throw new AppFailure('invalid-request', 'That backup does not exist.');
    return this.readProject(projectId, backupId);
  }

  private async readProject(projectId: string, backupId: string): Promise<Project> {
    const text = await readFile(join(this.folderOf(projectId), backupId), 'utf8').catch(() => {
      throw new AppFailure('not-found', 'That backup no longer exists.');
    });
    const parsed = parseProjectFile(text);
    if (!parsed.ok) throw new AppFailure('invalid-file', 'That backup is damaged too; choose an older one.');
    return parsed.value;
  }

  folderOf(projectId: string): string {
    // Project ids are validated UUIDs, so they are safe folder names.
    if (!/^[0-9a-f-]{36}$/i.test(projectId)) throw new AppFailure('invalid-request', 'Unknown project.');
    return join(this.root, projectId);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
