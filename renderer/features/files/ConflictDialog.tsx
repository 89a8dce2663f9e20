import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useAppStore } from '../../store';

/** Someone changed the file while it was open here: the user decides whose version wins. Never silent. */
export function ConflictDialog() {
  const open = useAppStore((s) => s.save.status === 'conflict');
  const resolve = useAppStore((s) => s.resolveConflict);

  return (
    <AlertDialog.Root open={open}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog--small">
          <div className="dialog__body">
            <AlertDialog.Title className="dialog__title">This project was changed somewhere else</AlertDialog.Title>
            <AlertDialog.Description className="dialog__text">
              The file on disk changed after you opened it — perhaps in another copy of the app, on another computer, or
              by a sync tool. Your edits are still here. Which version do you want to keep?
            </AlertDialog.Description>
            <div className="choice-list">
              <button type="button" className="choice" onClick={() => void resolve('reload')}>
                <span className="choice__title">Reload theirs</span>
                <span className="choice__hint">Open the version on disk. Your unsaved edits here are dropped.</span>
              </button>
              <button type="button" className="choice" onClick={() => void resolve('save-copy')}>
                <span className="choice__title">Save mine as a copy</span>
                <span className="choice__hint">
                  Keep their file as it is and continue with your edits in a new file.
                </span>
              </button>
              <button type="button" className="choice" onClick={() => void resolve('overwrite')}>
                <span className="choice__title">Overwrite with mine</span>
                <span className="choice__hint">
                  Replace the file on disk with your version. Theirs is kept as a backup.
                </span>
              </button>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
