import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import { ProjectSummarySchema, type ProjectSummary } from '../../shared/model/library';
import type { Project } from '../../shared/model/project';
import { projectFileExtension } from '../../shared/model/projectFile';
import { writeFileDurable } from './durableWrite';
import { readProjectFile } from './projectFileAdapter';

const LibraryIndexSchema = z.object({
  version: z.literal(1),
  projects: z.array(ProjectSummarySchema),
});

type LibraryIndexData = z.infer<typeof LibraryIndexSchema>;

interface RecordOptions {
  /** Stamps lastOpenedAt. */
  opened?: Date;
  /** The file moved or was renamed: its old entry goes. */
  previousPath?: string | undefined;
}

const deferredWriteMs = 2000;

/**
 * `<userData>/library.json`: which project files the user has, for the Projects home. Metadata only — when
 * the index is missing or unreadable it is rebuilt from the projects folder, so losing it loses nothing.
 */
export class LibraryIndex {
  private readonly db: Low<LibraryIndexData>;
  private loaded: Promise<void> | null = null;
  /** Deferred updates and writes, in order. */
  private pending: Promise<void> = Promise.resolve();
  private writeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    indexPath: string,
    private readonly projectsFolder: string,
  ) {
    this.db = new Low(new LibraryIndexAdapter(indexPath), { version: 1, projects: [] });
  }

  /** Most recent first, each marked `missing` when its file is not there any more. */
  async list(): Promise<ProjectSummary[]> {
    await this.pending;
    await this.load();
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

  async forget(path: string): Promise<void> {
    await this.pending;
    await this.load();
    this.db.data.projects = this.db.data.projects.filter((p) => p.path !== path);
    await this.db.write();
  }

  /**
   * Like `record`, without making the caller wait: saves and opens update the index in memory at once and
   * write it a moment later, coalesced. The index is metadata that can be rebuilt, so a crash in between
   * loses nothing that matters.
   */
  recordSoon(path: string, project: Project, options: RecordOptions = {}): void {
    this.pending = this.pending
      .then(() => this.update(path, project, options))
      .catch((error: unknown) => console.warn('[library] update failed', error));
    this.writeTimer ??= setTimeout(() => {
      this.writeTimer = null;
      this.pending = this.pending
        .then(() => this.db.write())
        .catch((error: unknown) => console.warn('[library] write failed', error));
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
    const others = this.db.data.projects.filter(
      (p) => p.path !== path && p.path !== options.previousPath && p.id !== project.id,
    );
    const before = this.db.data.projects.find((p) => p.path === (options.previousPath ?? path));
    others.push(summarize(path, project, options.opened?.toISOString() ?? before?.lastOpenedAt ?? null));
    this.db.data.projects = others;
  }

  private load(): Promise<void> {
    this.loaded ??= this.db.read().then(async () => {
      if ((this.db.adapter as LibraryIndexAdapter).needsRebuild) {
        this.db.data = { version: 1, projects: await scanProjectsFolder(this.projectsFolder) };
        await this.db.write();
      }
    });
    return this.loaded;
  }
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

function summarize(path: string, project: Project, lastOpenedAt: string | null): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    functionTemplate: project.functionTemplate,
    path,
    updatedAt: project.updatedAt,
    lastOpenedAt,
  };
}

class LibraryIndexAdapter implements Adapter<LibraryIndexData> {
  /** True when the last read found no usable index. */
  needsRebuild = false;

  constructor(private readonly path: string) {}

  async read(): Promise<LibraryIndexData | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      this.needsRebuild = true;
      return null;
    }
    try {
      const parsed = LibraryIndexSchema.safeParse(JSON.parse(text));
      this.needsRebuild = !parsed.success;
      return parsed.success ? parsed.data : null;
    } catch {
      this.needsRebuild = true;
      return null;
    }
  }

  async write(data: LibraryIndexData): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileDurable(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}

/** Summaries of every readable project file directly inside the folder; unreadable files are skipped. */
async function scanProjectsFolder(folder: string): Promise<ProjectSummary[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const summaries: ProjectSummary[] = [];
  for (const name of names.filter((n) => n.toLowerCase().endsWith(projectFileExtension))) {
    const path = join(folder, name);
    const read = await readProjectFile(path).catch(() => null);
    if (read) summaries.push(summarize(path, read.project, null));
  }
  return summaries;
}
