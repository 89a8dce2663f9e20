import { AlertCircle, X } from 'lucide-react';
import { useAppStore } from '../store';

/** The app-wide error banner: a readable sentence from a `Result` error, dismissable. */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <AlertCircle className="notice__icon" size={18} aria-hidden />
      <p className="notice__text">{notice.message}</p>
      <button type="button" className="icon-button" onClick={dismiss} aria-label="Dismiss message">
        <X size={16} aria-hidden />
      </button>
    </div>
  );
}
