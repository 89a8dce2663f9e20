import { stripBidiControls } from '../cleanText';
import { projectFileExtension } from './projectFile';

/** `CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9` (superscript digits too) and the console devices. */
const reservedOnWindows = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³]|conin\$|conout\$|clock\$)$/i;
/**
 * File names are at most 255 bytes (UTF-8 on Linux and macOS); the app also writes `<name>.lock` and a temp file
 * `.<name>.<pid>-<random>.tmp` beside it, and may add " (12)". 200 bytes for the part before `.orw` leaves room.
 */
export const maxBaseBytes = 200;
/** Windows' classic path limit (MAX_PATH 260, less the final NUL); many programs still cannot open longer. */
export const maxWindowsPathLength = 259;
/** What the app adds to a file's path at most: the temp file's suffix and a " (12)". */
const addedByTheApp = 36;
/** A name is never cut shorter than this to fit a deep folder; the save then fails with a clear message. */
const minBaseLength = 16;

const utf8Bytes = (text: string) => {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
};

/** The longest prefix of `text`, whole characters only, within both limits. */
function cut(text: string, maxBytes: number, maxLength: number): string {
  let kept = '';
  for (const char of text) {
    if (utf8Bytes(kept + char) > maxBytes || (kept + char).length > maxLength) break;
    kept += char;
  }
  return kept;
}

/**
 * A file name (with extension) that says which project a file holds and is valid on Windows, macOS and
 * Linux, so a consultant's USB stick works everywhere: NFC, no characters any of them refuses, no control or
 * bidirectional characters, no reserved device name, no trailing dot or space, at most `maxBaseBytes` bytes —
 * and, given the `folder` it goes in, short enough for the whole path to stay within Windows' limit.
 */
export function projectFileName(projectName: string, options: { folder?: string } = {}): string {
  const maxLength = options.folder
    ? Math.max(
        minBaseLength,
        maxWindowsPathLength - options.folder.length - 1 - projectFileExtension.length - addedByTheApp,
      )
    : Number.POSITIVE_INFINITY;
  let base = stripBidiControls(projectName)
    .normalize('NFC')
    // oxlint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  base = cut(base, maxBaseBytes, maxLength).replace(/[.\s]+$/, '');
  // Windows treats `NUL`, and `NUL.anything`, as a device, not a file.
  const stem = base.split('.')[0] ?? '';
  if (base === '') base = 'Untitled project';
  else if (reservedOnWindows.test(stem.trim())) base = `${stem.trim()} project${base.slice(stem.length)}`;
  return `${base}${projectFileExtension}`;
}

/** How a file system that ignores case and Unicode form (Windows, macOS) compares two names. */
export const sameFileName = (a: string, b: string) =>
  a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/**
 * `name.orw`, else `name (2).orw`, `name (3).orw`… — the first not among `existing` (a folder's entries),
 * compared without case or Unicode form because Windows and macOS folders ignore them.
 */
export function firstFreeFileName(fileName: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, (name) => name.normalize('NFC').toLowerCase()));
  const isTaken = (candidate: string) => taken.has(candidate.normalize('NFC').toLowerCase());
  if (!isTaken(fileName)) return fileName;
  const base = fileName.slice(0, -projectFileExtension.length);
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})${projectFileExtension}`;
    if (!isTaken(candidate)) return candidate;
  }
}
