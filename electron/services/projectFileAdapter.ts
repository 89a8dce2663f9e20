import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import {
  maxProjectFileBytes,
  parseProjectFile,
  projectFieldText,
  projectFileLayout,
} from '../../shared/model/projectFile';
import type { Project } from '../../shared/model/project';
import { AppFailure } from '../../shared/result';
import { createNewFileDurable, writeFileDurable, type FileContent } from './durableWrite';
import type { Clock } from './ports';

/**
 * What the app last read from or wrote to a file, to notice when someone else changed it. The content is
 * kept rather than its hash: hashing costs time on every save, and is only needed when size or mtime moved.
 */
export interface Snapshot {
  size: number;
  mtimeMs: number;
  /** The file's bytes, as read or in the parts they were written from. */
  content: FileContent;
}

/**
 * A lowdb adapter for one `.orw` file: reads through `parseProjectFile`, writes durably. Used without lowdb's
 * `Low` wrapper, whose in-memory copy would only duplicate what `ProjectFiles` tracks.
 */
export class ProjectFileAdapter implements Adapter<Project> {
  /** Set after every successful read or write. */
  snapshot: Snapshot | null = null;
  /** What the last read repaired, and the fields it did not know. */
  report: FileReport = { repairs: [], unknownFields: [] };
  /** Encoded text of the project's field values by identity: a save re-encodes only what changed. */
  private readonly encoded = new WeakMap<object, Buffer>();

  constructor(
    readonly path: string,
    private readonly meta: { appVersion: string; clock: Clock },
  ) {}

  async read(): Promise<Project> {
    const { project, snapshot, report } = await readProjectFile(this.path);
    this.snapshot = snapshot;
    this.report = report;
    return project;
  }

  /** Writes the project; `exclusive` creates a new file and fails with EEXIST when one is there already. */
  async write(project: Project, options: { exclusive?: boolean } = {}): Promise<void> {
    const layout = projectFileLayout(project, { appVersion: this.meta.appVersion, savedAt: this.meta.clock.now() });
    const content = layout.parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part) : this.encode(part.value),
    );
    await (options.exclusive ? createNewFileDurable : writeFileDurable)(this.path, content);
    this.report = { repairs: [], unknownFields: [] };
    const info = await stat(this.path);
    this.snapshot = { size: info.size, mtimeMs: info.mtimeMs, content };
  }

  private encode(value: unknown): Buffer {
    const cacheable = typeof value === 'object' && value !== null;
    const cached = cacheable ? this.encoded.get(value) : undefined;
    if (cached) return cached;
    const bytes = Buffer.from(projectFieldText(value));
    if (cacheable) this.encoded.set(value, bytes);
    return bytes;
  }

  /** True when the file on disk is no longer what this adapter last read or wrote. */
  async changedOnDisk(): Promise<boolean> {
    if (!this.snapshot) return false;
    let info;
    try {
      info = await stat(this.path);
    } catch {
      return true;
    }
    if (info.size === this.snapshot.size && info.mtimeMs === this.snapshot.mtimeMs) return false;
    // A sync tool may touch the file without changing it; only different bytes are a change.
    return sha256(await readFile(this.path)) !== sha256(this.snapshot.content);
  }
}

export interface FileReport {
  /** Sentences saying what was repaired on reading. */
  repairs: string[];
  /** Fields the file has that this version of the app does not know. */
  unknownFields: string[];
}

/** Reads and parses one project file, refusing oversized files before reading them; throws `AppFailure`. */
export async function readProjectFile(
  path: string,
): Promise<{ project: Project; snapshot: Snapshot; report: FileReport }> {
  const info = await stat(path);
  if (!info.isFile()) throw new AppFailure('invalid-request', `"${path}" is a folder, not a project file.`);
  if (info.size > maxProjectFileBytes) {
    throw new AppFailure('too-large', 'This file is larger than 20 MB, so it is not a project file this app made.');
  }
  // Bytes, decoded in one go (faster than a decoding read) and kept: the backup taken on opening and the check
  // for changes on disk use them as they are, without encoding the text again.
  const bytes = await readFile(path);
  const parsed = parseProjectFile(bytes.toString('utf8'));
  if (!parsed.ok) throw new AppFailure(parsed.error.code, parsed.error.message);
  return {
    project: parsed.value,
    snapshot: { size: info.size, mtimeMs: info.mtimeMs, content: bytes },
    report: { repairs: parsed.repairs, unknownFields: parsed.unknownFields },
  };
}

function sha256(content: FileContent): string {
  const hash = createHash('sha256');
  for (const part of typeof content === 'string' || content instanceof Uint8Array ? [content] : content)
    hash.update(part);
  return hash.digest('hex');
}
