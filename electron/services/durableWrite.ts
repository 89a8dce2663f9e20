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
 * Windows reports a rename over a file that an indexer, antivirus or sync client holds open as EPERM/EBUSY;
 * it clears within moments. Elsewhere these codes are rare and the retries only delay the error.
 */
const retriedRenameCodes = new Set(['EPERM', 'EBUSY']);
const renameAttempts = 6;

async function replaceFile(path: string, data: FileContent, fs: DurableFs): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeAndSync(fs, temp, data, 'wx');
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
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

async function renameWithRetry(fs: DurableFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!retriedRenameCodes.has(code) || attempt >= renameAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
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
