import { CheckCircle2, X } from 'lucide-react';
import { useEffect } from 'react';
import { useAppStore } from '../store';

const visibleMs = 6000;

/** A short confirmation in the corner; announced politely, gone after a few seconds. */
export function Toast() {
  const toast = useAppStore((s) => s.toast);
  const dismiss = useAppStore((s) => s.dismissToast);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(dismiss, visibleMs);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <CheckCircle2 size={16} aria-hidden className="toast__icon" />
          <span>{toast}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
            <X size={14} aria-hidden />
          </button>
        </div>
      )}
    </div>
  );
}
