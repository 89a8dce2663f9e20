import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The only way the app writes a file. Write a temp file beside the target, fsync it, rename it over the
 * target, then fsync the folder so the rename itself survives a power cut. A reader therefore sees the old
 * file or the new one, never a mix. Writes to one path are serialized so a slow save cannot land after a
 * newer one.
 */
export async function writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
  const previous = pendingWrites.get(path) ?? Promise.resolve();
  const write = previous.catch(() => undefined).then(() => writeNow(path, data));
  pendingWrites.set(path, write);
  try {
    await write;
  } finally {
    if (pendingWrites.get(path) === write) pendingWrites.delete(path);
  }
}

const pendingWrites = new Map<string, Promise<void>>();

/** Windows reports a rename over a file that an indexer or antivirus holds open as EPERM/EBUSY; it clears. */
const retriedRenameCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
const renameAttempts = 6;

async function writeNow(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !retriedRenameCodes.has(code) || attempt >= renameAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
