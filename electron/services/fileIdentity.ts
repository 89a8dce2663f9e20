import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * One file, however its path is spelled. `realPath` (the native realpath) resolves symlinks, `..`, and — on Windows — mapped drives
 * and 8.3 names to the path the file system uses; `key` also folds case (and Unicode form) where the volume
 * ignores them, so `Acme.orw` and `ACME.ORW` on a Mac or Windows disk are one file. Locks and editing
 * sessions are keyed by it.
 */
export interface FileIdentity {
  realPath: string;
  key: string;
}

async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // A file not created yet: its folder still has one real path.
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

const swapCase = (text: string) =>
  Array.from(text, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

/** Whether the folder holding `path` ignores case: the same entry answers to the name with its case swapped. */
async function ignoresCase(path: string): Promise<boolean> {
  const swapped = join(dirname(path), swapCase(basename(path)));
  if (swapped === path) return false;
  const [a, b] = await Promise.all([stat(path).catch(() => null), stat(swapped).catch(() => null)]);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

export async function fileIdentity(path: string): Promise<FileIdentity> {
  const realPath = await realPathOf(path);
  const key = (await ignoresCase(realPath)) ? realPath.normalize('NFC').toLowerCase() : realPath;
  return { realPath, key };
}
