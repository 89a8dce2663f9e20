import { projectFileExtension } from './projectFile';

const reservedOnWindows = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const maxBaseLength = 80;

/**
 * A file name (with extension) that says which project a file holds and is valid on Windows, macOS and
 * Linux, so a consultant's USB stick works everywhere.
 */
export function projectFileName(projectName: string): string {
  let base = projectName
    .normalize('NFC')
    // oxlint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  base = Array.from(base)
    .slice(0, maxBaseLength)
    .join('')
    .replace(/[.\s]+$/, '');
  // Windows treats `NUL`, and `NUL.anything`, as a device, not a file.
  const stem = base.split('.')[0] ?? '';
  if (base === '') base = 'Untitled project';
  else if (reservedOnWindows.test(stem.trim())) base = `${stem.trim()} project${base.slice(stem.length)}`;
  return `${base}${projectFileExtension}`;
}

/**
 * `name.orw`, else `name (2).orw`, `name (3).orw`… — the first not among `existing` (a folder's entries),
 * compared without case because Windows and macOS folders ignore it.
 */
export function firstFreeFileName(fileName: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, (name) => name.toLowerCase()));
  const isTaken = (candidate: string) => taken.has(candidate.toLowerCase());
  if (!isTaken(fileName)) return fileName;
  const base = fileName.slice(0, -projectFileExtension.length);
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})${projectFileExtension}`;
    if (!isTaken(candidate)) return candidate;
  }
}
