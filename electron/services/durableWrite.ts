import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a file is written from: text, bytes, or bytes in parts (written in order, without joining them first). */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/** The file-system calls durable writes make; tests pass a wrapper that injects faults (ENOSPC, EROFS…). */
export interface DurableFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
}

/**
 * The only way the app replaces a file. Write a temp file beside the target, fsync it, rename it over the
 * target, then fsync the folder so the rename itself survives a power cut. A reader therefore sees the old
 * file or the new one, never a mix, and a failed write leaves the old file as it was. Writes to one path
 * are serialized so a slow save cannot land after a newer one.
 */
export function writeFileDurable(path: string, data: FileContent, fs: DurableFs = nodeFs): Promise<void> {
  return serialized(path, () => replaceFile(path, data, fs));
}

/**
 * Creates a file that must not exist yet (a lock); rejects with EEXIST when it does. Exclusive creation
 * cannot go through a rename, so a crash may leave it partly written (readers treat an unreadable lock as
 * stale once it is old), and it is not fsynced: a lock that does not survive a power cut is stale anyway.
 */
export function createFileExclusive(path: string, data: string, fs: DurableFs = nodeFs): Promise<void> {
  return serialized(path, async () => {
    const file = await fs.open(path, 'wx');
    try {
      await file.writeFile(data);
    } finally {
      await file.close();
    }
  });
}

const pending = new Map<string, Promise<void>>();

async function serialized(path: string, write: () => Promise<void>): Promise<void> {
  const previous = pending.get(path) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(write);
  pending.set(path, next);
  try {
    await next;
  } finally {
    if (pending.get(path) === next) pending.delete(path);
  }
}

/**
 * Creates a file that must not exist yet, durably: an empty placeholder is created exclusively (so an existing
 * file — whatever the case or Unicode form of its name on a file system that ignores them — is never
 * replaced; rejects with EEXIST), then the content replaces it as in `writeFileDurable`.
 */
export function createNewFileDurable(path: string, data: FileContent, fs: DurableFs = nodeFs): Promise<void> {
  return serialized(path, async () => {
    const placeholder = await fs.open(path, 'wx');
    await placeholder.close();
    try {
      await replaceFile(path, data, fs);
    } catch (error) {
      await fs.rm(path, { force: true }).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Temp files are named per save: `.<file>.<pid>-<random>.tmp`. The process id lets a later opener tell a
 * save in progress on this computer (its process is alive) from a leftover of a crash.
 */
const tempNamePattern = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.tmp$/;

export function tempFileOwner(name: string, fileName: string): { pid: number } | null {
  const match = tempNamePattern.exec(name);
  return match && match[1] === fileName ? { pid: Number(match[2]) } : null;
}

/** Temp files this process is writing right now; never removed as leftovers. */
const tempsInFlight = new Set<string>();

export function isTempInFlight(path: string): boolean {
  return tempsInFlight.has(path);
}

/**
 * Windows reports a rename over (or removal of) a file that an indexer, antivirus or sync client holds open
 * as EPERM/EBUSY/EACCES; it clears within moments. Elsewhere these codes are rare and the retries only delay
 * the error.
 */
const busyCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
const busyAttempts = 6;

/** Runs `operation`, again after a growing pause while it fails with a "file busy" code. */
export async function retryWhileBusy<T>(operation: () => Promise<T>, attempts = busyAttempts): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!busyCodes.has(code) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

async function replaceFile(path: string, data: FileContent, fs: DurableFs): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  tempsInFlight.add(temp);
  try {
    await writeAndSync(fs, temp, data, 'wx');
    await retryWhileBusy(() => fs.rename(temp, path));
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    tempsInFlight.delete(temp);
  }
  await syncFolder(fs, folder);
}

async function writeAndSync(fs: DurableFs, path: string, data: FileContent, flags: string): Promise<void> {
  const file = await fs.open(path, flags);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await file.writeFile(data);
    else await writeParts(file, data);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** One writev for all parts; should the OS write less, the rest goes out part by part. */
async function writeParts(file: nodeFs.FileHandle, parts: readonly Uint8Array[]): Promise<void> {
  let written = (await file.writev([...parts])).bytesWritten;
  for (const part of parts) {
    if (written >= part.byteLength) {
      written -= part.byteLength;
      continue;
    }
    await file.writeFile(part.subarray(written));
    written = 0;
  }
}

/** File systems that cannot fsync a folder (some network and FUSE mounts) say so with these. */
const folderSyncUnsupported = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF']);

async function syncFolder(fs: DurableFs, folder: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // The rename has happened: the new file is in place. Only a folder that cannot be synced at all is
    // let through; any other failure is reported.
    if (!folderSyncUnsupported.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}
