/**
 * The gate of the static security audit: electronegativity's findings against the allow-list in
 * build/electronegativity-allow.json. Any HIGH or MEDIUM finding that is not allowed, with a
 * reason, fails the audit — and so does a file the tool could not read, since nothing was checked in it.
 */

export const blockingSeverities = ['HIGH', 'MEDIUM'] as const;

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  /** Relative to the audited folder: `electron/main.js`, `renderer/assets/…`, or `N/A` for a global check. */
  file: string;
  location: string;
  sample: string;
  description: string;
}

/** A file the tool could not parse, so did not check. */
export interface Unread {
  file: string;
  message: string;
}

export interface Allowance {
  /** The check's id (`OPEN_EXTERNAL_JS_CHECK`), or `UNREADABLE_FILE` for a file the tool cannot parse. */
  id: string;
  /** The file it applies to; `*` matches any run of characters (built chunks have hashes in their names). */
  file: string;
  /** Why it is acceptable: required, so every exception is explained where it is granted. */
  reason: string;
}

export interface AuditVerdict {
  passed: boolean;
  blocking: Finding[];
  unread: Unread[];
  allowed: Array<{ finding: Finding | Unread; reason: string }>;
  /** Allowances that matched nothing: the finding is gone, and so can the entry be. */
  unused: Allowance[];
  /** Allow-list entries without a reason: refused, and the audit fails. */
  unexplained: Allowance[];
}

function matches(pattern: string, file: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`).test(file.replaceAll('\\', '/'));
}

export function auditVerdict(
  findings: readonly Finding[],
  unread: readonly Unread[],
  allowList: readonly Allowance[],
): AuditVerdict {
  const unexplained = allowList.filter((entry) => entry.reason.trim() === '');
  const valid = allowList.filter((entry) => entry.reason.trim() !== '');
  const used = new Set<Allowance>();
  const allowed: AuditVerdict['allowed'] = [];
  const allowanceFor = (id: string, file: string) => {
    const entry = valid.find((candidate) => candidate.id === id && matches(candidate.file, file));
    if (entry) used.add(entry);
    return entry;
  };

  const blocking: Finding[] = [];
  for (const finding of findings) {
    if (!(blockingSeverities as readonly string[]).includes(finding.severity.toUpperCase())) continue;
    const entry = allowanceFor(finding.id, finding.file);
    if (entry) allowed.push({ finding, reason: entry.reason });
    else blocking.push(finding);
  }
  const unreadLeft: Unread[] = [];
  for (const file of unread) {
    const entry = allowanceFor('UNREADABLE_FILE', file.file);
    if (entry) allowed.push({ finding: file, reason: entry.reason });
    else unreadLeft.push(file);
  }
  return {
    passed: blocking.length === 0 && unreadLeft.length === 0 && unexplained.length === 0,
    blocking,
    unread: unreadLeft,
    allowed,
    unused: valid.filter((entry) => !used.has(entry)),
    unexplained,
  };
}
