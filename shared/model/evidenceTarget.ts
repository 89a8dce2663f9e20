/**
 * What an evidence entry's target is. A project file can come from anyone, so a target is opened or shown only
 * when it is a web or mail link or a path on this computer: never a script (`javascript:`), never another
 * scheme, and never a network path (`\\server\share`, `//server/share`, `\\?\`, `\\.\`), which Windows would
 * visit with the user's credentials.
 */
export type EvidenceTargetKind = 'empty' | 'web' | 'mail' | 'file' | 'refused';

const web = /^https?:\/\/\S+$/i;
const mail = /^mailto:\S+$/i;
/** A scheme such as `javascript:` or `file:`; one letter before the colon is a Windows drive (`C:`). */
const otherScheme = /^[a-z][a-z0-9+.-]+:/i;
/** UNC, device and NT paths, with either slash. */
const networkOrDevice = /^([\\/]{2}|\\\?\?\\)/;

export function evidenceTargetKind(target: string): EvidenceTargetKind {
  const trimmed = target.trim();
  if (trimmed === '') return 'empty';
  if (web.test(trimmed)) return 'web';
  if (mail.test(trimmed)) return 'mail';
  if (otherScheme.test(trimmed) || networkOrDevice.test(trimmed)) return 'refused';
  return 'file';
}
