import { Lock } from 'lucide-react';
import { timeAgo } from '../../format';
import { useAppStore } from '../../store';

/** Someone else has the project open: say who and since when, and offer to continue in a copy. */
export function ReadOnlyBanner() {
  const holder = useAppStore((s) => s.current?.lockedBy ?? null);
  const openCopy = useAppStore((s) => s.openProjectCopy);
  if (!holder) return null;
  const who = holder.sameComputer ? 'Another copy of the app on this computer' : `${holder.user} on ${holder.host}`;

  return (
    <div className="banner" role="note" aria-label="Read-only">
      <Lock size={16} aria-hidden className="banner__icon" />
      <p className="banner__text">
        <strong>Read-only.</strong> {who} has had this project open since {timeAgo(holder.since)}. You can look, but
        your changes would not be saved here.
      </p>
      <button type="button" className="button button--small" onClick={() => void openCopy()}>
        Open a copy
      </button>
    </div>
  );
}
