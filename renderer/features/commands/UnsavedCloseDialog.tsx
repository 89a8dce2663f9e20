import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useAppStore, useStoreApi } from '../../store';

/**
 * Asked only when closing the window could lose work: the latest edits could not be saved. Keeping the window
 * open is the default; Save As puts them somewhere else first; closing anyway is the user's explicit choice.
 */
export function UnsavedCloseDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const store = useStoreApi();
  const reason = useAppStore((s) => s.save.error?.message ?? null);
  const saveElsewhere = async () => {
    await store.getState().saveProjectAs({ move: false });
    // Saved in the new file: nothing is lost any more, so the window may close as asked.
    if (store.getState().save.status !== 'error' && (await store.getState().flushSave()))
      await store.getState().closeWindow();
  };
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog--small">
          <div className="dialog__body">
            <AlertDialog.Title className="dialog__title">Your latest changes are not saved</AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="dialog__text">
                <p>
                  They could not be written to the project file, so closing now would lose them. Keep the window open
                  and retry, or save them to another file first.
                </p>
                {reason && <p>{reason}</p>}
              </div>
            </AlertDialog.Description>
            <div className="dialog__footer">
              <AlertDialog.Action className="button button--danger" onClick={() => void store.getState().closeWindow()}>
                Close without saving
              </AlertDialog.Action>
              <AlertDialog.Action className="button" onClick={() => void saveElsewhere()}>
                Save As…
              </AlertDialog.Action>
              <AlertDialog.Cancel className="button button--primary">Keep the window open</AlertDialog.Cancel>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
