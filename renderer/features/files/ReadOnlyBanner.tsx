import { Lock } from 'lucide-react';
import { describeLockHolder } from '../../../shared/model/lockHolder';
import { timeAgo } from '../../format';
import { useAppStore } from '../../store';

/** Someone else has the project open: say who and since when, and offer to continue in a copy. */
export function ReadOnlyBanner() {
  const holder = useAppStore((s) => s.current?.lockedBy ?? null);
  const reason = useAppStore((s) => s.current?.readOnly ?? null);
  const openCopy = useAppStore((s) => s.openProjectCopy);
  if (!holder && !reason) return null;

  return (
    <div className="banner" role="note" aria-label="Read-only">
      <Lock size={16} aria-hidden className="banner__icon" />
      <p className="banner__text">
        <strong>Read-only.</strong>{' '}
        {holder
          ? `${describeLockHolder(holder)} opened this project ${timeAgo(holder.since)} and still has it open. You can look around, but changes could not be saved here.`
          : reason}
      </p>
      <button type="button" className="button button--small" onClick={() => void openCopy()}>
        Open a copy
      </button>
    </div>
  );
}
