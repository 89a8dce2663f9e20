import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import { assessReadiness } from '../../shared/domain/readiness';
import type { ChecklistItem } from '../../shared/model/checklist';
import { themeChoices } from '../../shared/commands';
import type { Preferences } from '../../shared/contract';
import { ProjectSummarySchema, type ProjectSummary } from '../../shared/model/library';
import type { Project } from '../../shared/model/project';
import { projectFileExtension } from '../../shared/model/projectFile';
import { writeFileDurable } from './durableWrite';
import type { Log } from './log';
import { pathKey } from './pathGrants';
import type { Clock } from './ports';
import { readProjectFile } from './projectFileAdapter';
import { WindowPlacementSchema, type WindowPlacement } from './windowPlacement';

const defaultPreferences: Preferences = { theme: 'system' };

// Settings are conveniences: a missing or unreadable one falls back to its default rather than making the
// whole index count as damaged.
const LibraryIndexSchema = z.object({
  version: z.literal(1),
  projects: z.array(ProjectSummarySchema),
  preferences: z.object({ theme: z.enum(themeChoices).catch('system') }).catch(defaultPreferences),
  window: WindowPlacementSchema.nullable().catch(null),
});

type LibraryIndexData = z.infer<typeof LibraryIndexSchema>;

interface RecordOptions {
  /** Stamps lastOpenedAt. */
  opened?: Date;
  /** The file moved or was renamed: its old entry goes. */
  previousPath?: string | undefined;
}

const deferredWriteMs = 2000;
const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface LibraryIndexDeps {
  indexPath: string;
  projectsFolder: string;
  clock: Clock;
  log: Log;
  /** Where projects with backups were last seen: more places to find them when the index is lost. */
  backupSources: () => Promise<string[]>;
}

/**
 * `<userData>/library.json`: which project files the user has, for the Projects home, one entry per file
 * (two files holding the same project — a copy made in Explorer or Finder — are two entries). Metadata only:
 * when the index is missing or damaged it is rebuilt from the projects folder, the paths still readable in
 * the damaged index, and where the backups say their files were; a damaged index is kept as a dated copy.
 */
export class LibraryIndex {
  private readonly db: Low<LibraryIndexData>;
  private loaded: Promise<void> | null = null;
  /** Deferred updates and writes, in order. */
  private pending: Promise<void> = Promise.resolve();
  private writeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Files in the projects folder that hold no readable project, by their modified time and size when last tried. */
  private readonly unreadable = new Map<string, string>();

  constructor(private readonly deps: LibraryIndexDeps) {
    this.db = new Low(new LibraryIndexAdapter(deps.indexPath), emptyIndex([]));
  }

  /**
   * Most recent first, each marked `missing` when its file is not there any more; project files put in the
   * projects folder since the last look are listed too.
   */
  async list(): Promise<ProjectSummary[]> {
    await this.pending;
    await this.load();
    await this.lookAtFolder();
    const sorted = this.db.data.projects.toSorted((a, b) => recency(b).localeCompare(recency(a)));
    return Promise.all(sorted.map(async (summary) => ({ ...summary, missing: !(await isFile(summary.path)) })));
  }

  /** The id of the project last seen at `path`, even when the file there is now unreadable. */
  async idOf(path: string): Promise<string | null> {
    await this.load();
    return this.db.data.projects.find((p) => p.path === path)?.id ?? null;
  }

  async hasId(id: string): Promise<boolean> {
    await this.load();
    return this.db.data.projects.some((p) => p.id === id);
  }

  /** Whether the file at `path` is in the list (the user opened or created it here before). */
  async hasPath(path: string): Promise<boolean> {
    await this.load();
    return this.db.data.projects.some((p) => p.path === path);
  }

  /** The other files in the list that hold the project with this id. */
  async pathsWithId(id: string, except: string): Promise<string[]> {
    await this.pending;
    await this.load();
    return this.db.data.projects.filter((p) => p.id === id && p.path !== except).map((p) => p.path);
  }

  async forget(path: string): Promise<void> {
    await this.pending;
    await this.load();
    this.db.data.projects = this.db.data.projects.filter((p) => p.path !== path);
    await this.db.write();
  }

  async preferences(): Promise<Preferences> {
    await this.pending;
    await this.load();
    return this.db.data.preferences;
  }

  async setPreferences(change: Partial<Preferences>): Promise<Preferences> {
    await this.pending;
    await this.load();
    this.db.data.preferences = { ...this.db.data.preferences, ...change };
    await this.db.write();
    return this.db.data.preferences;
  }

  async windowPlacement(): Promise<WindowPlacement | null> {
    await this.pending;
    await this.load();
    return this.db.data.window;
  }

  /** Remembers where the window is; written with the next deferred write (or `flush` on the way out). */
  setWindowPlacementSoon(placement: WindowPlacement): void {
    this.soon(async () => {
      await this.load();
      this.db.data.window = placement;
    }, 'window placement');
  }

  /**
   * Like `record`, without making the caller wait: saves and opens update the index in memory at once and
   * write it a moment later, coalesced. The index is metadata that can be rebuilt, so a crash in between
   * loses nothing that matters.
   */
  recordSoon(path: string, project: Project, options: RecordOptions = {}): void {
    this.soon(() => this.update(path, project, options), 'library');
  }

  private soon(update: () => Promise<void>, what: string): void {
    this.pending = this.pending
      // After the caller's own work: an open's reply does not wait for the library's summary of the project.
      .then(afterThisTask)
      .then(update)
      .catch((error: unknown) => this.deps.log.write('failure', `${what} update failed`, error));
    this.writeTimer ??= setTimeout(() => {
      this.writeTimer = null;
      this.pending = this.pending
        .then(() => this.db.write())
        .catch((error: unknown) => this.deps.log.write('failure', 'library write failed', error));
    }, deferredWriteMs);
  }

  /** Writes what `recordSoon` still holds in memory; before quitting. */
  async flush(): Promise<void> {
    if (this.writeTimer) {
      clearTimeout(this.writeTimer);
      this.writeTimer = null;
      this.pending = this.pending.then(() => this.db.write());
    }
    await this.pending;
  }

  /** Records what the project now is and where it lives; `opened` also stamps lastOpenedAt. */
  async record(path: string, project: Project, options: RecordOptions = {}): Promise<void> {
    await this.pending;
    await this.update(path, project, options);
    await this.db.write();
  }

  private async update(path: string, project: Project, options: RecordOptions): Promise<void> {
    await this.load();
    const others = this.db.data.projects.filter((p) => p.path !== path && p.path !== options.previousPath);
    const before = this.db.data.projects.find((p) => p.path === (options.previousPath ?? path));
    others.push(summarize(path, project, options.opened?.toISOString() ?? before?.lastOpenedAt ?? null));
    this.db.data.projects = others;
  }

  /**
   * Adds the project files put in the projects folder since the last look (copied in Explorer or Finder,
   * synced, saved from an e-mail) and fills in entries an earlier version wrote without readiness. Cheap: a
   * folder listing and modified times; a file is read only when it is new to the list, and one that is no
   * readable project is not read again until its modified time changes.
   */
  private async lookAtFolder(): Promise<void> {
    const known = new Set(this.db.data.projects.map((p) => pathKey(p.path)));
    const newFiles = (await projectFilesIn(this.deps.projectsFolder)).filter((path) => !known.has(pathKey(path)));
    const incomplete = this.db.data.projects.filter((p) => p.readiness === undefined);
    const found = new Map<string, ProjectSummary>();
    for (const path of newFiles) {
      const project = await this.readChanged(path);
      if (project) found.set(pathKey(path), summarize(path, project, null));
    }
    for (const entry of incomplete) {
      const project = await this.readChanged(entry.path);
      if (project) found.set(pathKey(entry.path), summarize(entry.path, project, entry.lastOpenedAt));
    }
    if (found.size === 0) return;
    // Saves may have recorded some of these files meanwhile: what they recorded is newer and stays.
    const current = new Map(this.db.data.projects.map((p) => [pathKey(p.path), p]));
    for (const [key, summary] of found) {
      if (current.get(key)?.readiness === undefined) current.set(key, summary);
    }
    this.db.data.projects = [...current.values()];
    await this.db.write();
  }

  /** The project in a file, unless it is the same unreadable file as last time (or no file at all). */
  private async readChanged(path: string): Promise<Project | null> {
    // Modified time and size: a file rewritten within the same clock tick still reads as changed.
    const modified = await stat(path).then(
      (info) => (info.isFile() ? `${info.mtimeMs}:${info.size}` : null),
      () => null,
    );
    const key = pathKey(path);
    if (modified === null || this.unreadable.get(key) === modified) return null;
    const read = await readProjectFile(path).catch(() => null);
    if (read) this.unreadable.delete(key);
    else this.unreadable.set(key, modified);
    return read?.project ?? null;
  }

  /** Loads the index once; a load that failed (the disk was busy) is tried again by the next call. */
  private load(): Promise<void> {
    this.loaded ??= this.read().catch((error: unknown) => {
      this.loaded = null;
      this.deps.log.write('failure', 'the library could not be read', error);
      throw error;
    });
    return this.loaded;
  }

  private async read(): Promise<void> {
    await this.db.read();
    const adapter = this.db.adapter as LibraryIndexAdapter;
    if (adapter.state === 'fine') return;
    const damaged = adapter.state === 'damaged' ? adapter.damagedText : '';
    if (adapter.state === 'damaged') {
      const copy = join(dirname(this.deps.indexPath), `library.damaged-${fileStamp(this.deps.clock.now())}.json`);
      await writeFileDurable(copy, damaged);
      this.deps.log.write('repair', `the library index was damaged; kept it as ${basename(copy)} and rebuilt it`);
    }
    const candidates = [
      ...pathsIn(damaged),
      ...(await this.deps.backupSources().catch(() => [])),
      ...(await projectFilesIn(this.deps.projectsFolder)),
    ];
    this.db.data = emptyIndex(await summariesOf(candidates));
    await this.db.write();
  }
}

function emptyIndex(projects: ProjectSummary[]): LibraryIndexData {
  return { version: 1, projects, preferences: defaultPreferences, window: null };
}

/** A time as file names on every file system accept it (no colons). */
const fileStamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** The project paths still readable in a damaged index: every `"path": "…"` string. */
function pathsIn(text: string): string[] {
  const paths: string[] = [];
  for (const match of text.matchAll(/"path"\s*:\s*("(?:[^"\\\n]|\\.)*")/g)) {
    try {
      const path = JSON.parse(match[1] ?? '') as unknown;
      if (typeof path === 'string') paths.push(path);
    } catch {
      // a path cut in half by the damage: nothing to find there
    }
  }
  return paths;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

function recency(summary: ProjectSummary): string {
  return summary.lastOpenedAt && summary.lastOpenedAt > summary.updatedAt ? summary.lastOpenedAt : summary.updatedAt;
}

/** What the list keeps about a project file: its name and function, and where the project stands. */
export function summarize(path: string, project: Project, lastOpenedAt: string | null): ProjectSummary {
  const { level, score } = assessReadiness(project);
  const done = project.checklist.items
    .filter((item) => item.status === 'done' && item.completedAt !== null)
    .reduce<ChecklistItem | null>(
      (latest, item) => (latest === null || (item.completedAt ?? '') > (latest.completedAt ?? '') ? item : latest),
      null,
    );
  return {
    id: project.id,
    name: project.name,
    functionTemplate: project.functionTemplate,
    path,
    updatedAt: project.updatedAt,
    lastOpenedAt,
    readiness: { level, score },
    lastDone: done ? { title: done.title, at: done.completedAt ?? '' } : null,
  };
}

class LibraryIndexAdapter implements Adapter<LibraryIndexData> {
  /** What the last read found: a usable index, none at all, or a damaged one (its text is kept). */
  state: 'fine' | 'missing' | 'damaged' = 'fine';
  damagedText = '';

  constructor(private readonly path: string) {}

  async read(): Promise<LibraryIndexData | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      // Only a missing index is rebuilt; a busy or locked one is read again later, never replaced.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.state = 'missing';
      return null;
    }
    let parsed: ReturnType<typeof LibraryIndexSchema.safeParse> | null = null;
    try {
      parsed = LibraryIndexSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (parsed?.success) {
      this.state = 'fine';
      return parsed.data;
    }
    this.state = 'damaged';
    this.damagedText = text;
    return null;
  }

  async write(data: LibraryIndexData): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileDurable(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}

/** The project files directly inside the folder. */
async function projectFilesIn(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((n) => n.toLowerCase().endsWith(projectFileExtension)).map((name) => join(folder, name));
}

/** Summaries of the readable project files among `paths`, each once; unreadable files are skipped. */
async function summariesOf(paths: readonly string[]): Promise<ProjectSummary[]> {
  const summaries: ProjectSummary[] = [];
  for (const path of new Set(paths)) {
    if (!path.toLowerCase().endsWith(projectFileExtension)) continue;
    const read = await readProjectFile(path).catch(() => null);
    if (read) summaries.push(summarize(path, read.project, null));
  }
  return summaries;
}
