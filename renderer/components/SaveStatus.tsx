import { AlertTriangle, Check, Loader2, PencilLine } from 'lucide-react';
import { dateTime } from '../format';
import { useAppStore } from '../store';

/** "Saving…", "Saved", or "Couldn't save — Retry"; announced politely to screen readers. */
export function SaveStatus() {
  const save = useAppStore((s) => s.save);
  const retry = useAppStore((s) => s.flushSave);

  return (
    <div
      className={`save-status save-status--${save.status}`}
      role="status"
      aria-live="polite"
      aria-label="Save status"
    >
      {save.status === 'error' || save.status === 'conflict' ? (
        <>
          <AlertTriangle size={15} aria-hidden />
          <span title={save.error?.message}>{save.status === 'conflict' ? 'Changed elsewhere' : 'Couldn’t save'}</span>
          {save.status === 'error' && save.error?.code !== 'locked' && (
            <button type="button" className="button button--small" onClick={() => void retry()}>
              Retry
            </button>
          )}
        </>
      ) : save.status === 'saving' || save.status === 'pending' ? (
        <>
          {/* No spinner while edits wait for the autosave: an animation repainting every frame would compete with typing. */}
          {save.status === 'saving' ? (
            <Loader2 size={15} className="spin" aria-hidden />
          ) : (
            <PencilLine size={15} aria-hidden />
          )}
          <span>Saving…</span>
        </>
      ) : save.savedAt && save.warning ? (
        <>
          <AlertTriangle size={15} aria-hidden />
          <span title={save.warning}>Saved — backup failed</span>
        </>
      ) : save.savedAt ? (
        <>
          <Check size={15} aria-hidden />
          <span title={`Saved ${dateTime(save.savedAt)}`}>Saved</span>
        </>
      ) : null}
    </div>
  );
}
