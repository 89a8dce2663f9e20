import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { maxProjectFileBytes, parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import type { Project } from '../../shared/model/project';
import { AppFailure } from '../../shared/result';
import { writeFileDurable } from './durableWrite';
import type { Clock } from './ports';

/** What the app last read from or wrote to a file, to notice when someone else changed it. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/**
 * A lowdb adapter for one `.orw` file: reads through `parseProjectFile`, writes durably. Used without lowdb's
 * `Low` wrapper, whose in-memory copy would only duplicate what `ProjectFiles` tracks.
 */
export class ProjectFileAdapter implements Adapter<Project> {
  /** Set after every successful read or write. */
  fingerprint: Fingerprint | null = null;

  constructor(
    readonly path: string,
    private readonly meta: { appVersion: string; clock: Clock },
  ) {}

  /** The bytes last read or written, for backups. */
  bytes: Uint8Array | null = null;

  async read(): Promise<Project> {
    const { project, fingerprint, bytes } = await readProjectFile(this.path);
    this.fingerprint = fingerprint;
    this.bytes = bytes;
    return project;
  }

  async write(project: Project): Promise<void> {
    const text = serializeProjectFile(project, { appVersion: this.meta.appVersion, savedAt: this.meta.clock.now() });
    const bytes = Buffer.from(text, 'utf8');
    await writeFileDurable(this.path, bytes);
    const info = await stat(this.path);
    this.fingerprint = { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(bytes) };
    this.bytes = bytes;
  }

  /** True when the file on disk is no longer what this adapter last read or wrote. */
  async changedOnDisk(): Promise<boolean> {
    if (!this.fingerprint) return false;
    let info;
    try {
      info = await stat(this.path);
    } catch {
      return true;
    }
    if (info.size === this.fingerprint.size && info.mtimeMs === this.fingerprint.mtimeMs) return false;
    // A sync tool may touch the file without changing it; only different bytes are a change.
    return sha256(await readFile(this.path)) !== this.fingerprint.sha256;
  }
}

/** Reads and parses one project file, refusing oversized files before reading them; throws `AppFailure`. */
export async function readProjectFile(
  path: string,
): Promise<{ project: Project; fingerprint: Fingerprint; bytes: Buffer }> {
  const info = await stat(path);
  if (!info.isFile()) throw new AppFailure('invalid-request', `"${path}" is a folder, not a project file.`);
  if (info.size > maxProjectFileBytes) {
    throw new AppFailure('too-large', 'This file is larger than 20 MB, so it is not a project file this app made.');
  }
  const bytes = await readFile(path);
  const parsed = parseProjectFile(bytes.toString('utf8'));
  if (!parsed.ok) throw new AppFailure(parsed.error.code, parsed.error.message);
  return {
    project: parsed.value,
    fingerprint: { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(bytes) },
    bytes,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
