import { Redo2, Undo2 } from 'lucide-react';
import { useAppStore } from '../../store';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const undoKeys = isMac ? '⌘Z' : 'Ctrl+Z';
const redoKeys = isMac ? '⇧⌘Z' : 'Ctrl+Y';

/** Undo and redo of project edits, with the shortcuts in their tooltips (the keys work anywhere in the window). */
export function UndoRedo() {
  const canUndo = useAppStore((s) => s.canUndo);
  const canRedo = useAppStore((s) => s.canRedo);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <span className="undo-redo">
      <button
        type="button"
        className="icon-button"
        aria-label="Undo"
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
        title={`Undo (${undoKeys})`}
        disabled={!canUndo}
        onClick={undo}
      >
        <Undo2 size={16} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Redo"
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Y'}
        title={`Redo (${redoKeys})`}
        disabled={!canRedo}
        onClick={redo}
      >
        <Redo2 size={16} aria-hidden />
      </button>
    </span>
  );
}
