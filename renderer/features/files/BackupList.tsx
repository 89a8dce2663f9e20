import { History } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { BackupList as Backups } from '../../../shared/contract';
import type { ProjectCounts } from '../../../shared/model/projectCounts';
import type { AppError } from '../../../shared/result';
import { dateTime, timeAgo } from '../../format';
import { useAppStore } from '../../store';

const countLabels: Array<[keyof ProjectCounts, string]> = [
  ['checklistItems', 'checklist items'],
  ['itemsDone', 'done'],
  ['costPeriods', 'cost periods'],
  ['vendors', 'vendors'],
  ['criteria', 'criteria'],
  ['scores', 'scores'],
  ['expectations', 'expectations'],
];

/** "12 checklist items (now 14) · 3 vendors": what a backup holds, and how that differs from today. */
function describeCounts(counts: ProjectCounts, current: ProjectCounts | null): string {
  return countLabels
    .filter(([key]) => counts[key] > 0 || (current !== null && current[key] > 0))
    .map(([key, label]) => {
      const now = current?.[key];
      return now === undefined || now === counts[key]
        ? `${counts[key]} ${label}`
        : `${counts[key]} ${label} (now ${now})`;
    })
    .join(' · ');
}

/** The backups of the project at `path`, newest first, each with a Restore button. */
export function BackupList({ path, onRestored }: { path: string; onRestored?: () => void }) {
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const listBackups = useAppStore((s) => s.listBackups);
  const [state, setState] = useState<{ list: Backups | null; error: AppError | null }>({ list: null, error: null });
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void listBackups(path).then((result) => {
      if (live) setState(result.ok ? { list: result.value, error: null } : { list: null, error: result.error });
    });
    return () => {
      live = false;
    };
  }, [path, listBackups]);

  if (state.error) return <p className="muted">{state.error.message}</p>;
  if (!state.list) return <p className="muted">Looking for backups…</p>;
  if (state.list.backups.length === 0) {
    return <p className="muted">There are no backups of this project on this computer yet.</p>;
  }
  const { backups, current } = state.list;

  return (
    <ul className="backup-list" aria-label="Backups">
      {backups.map((backup) => (
        <li key={backup.id} className="backup-list__item">
          <History size={18} aria-hidden className="backup-list__icon" />
          <div className="backup-list__text">
            <span className="backup-list__time" title={dateTime(backup.savedAt)}>
              {dateTime(backup.savedAt)} <span className="muted">· {timeAgo(backup.savedAt)}</span>
            </span>
            <span className="backup-list__counts">
              <span dir="auto">{backup.name}</span> — {describeCounts(backup.counts, current) || 'empty project'}
            </span>
          </div>
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-label={`Restore the backup from ${dateTime(backup.savedAt)}`}
            onClick={() => {
              setBusy(backup.id);
              void restoreBackup(path, backup.id).then((restored) => {
                setBusy(null);
                if (restored) onRestored?.();
              });
            }}
          >
            {busy === backup.id ? 'Restoring…' : 'Restore'}
          </button>
        </li>
      ))}
    </ul>
  );
}
