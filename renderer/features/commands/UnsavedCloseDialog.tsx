import { ConfirmDialog } from '../../components/ConfirmDialog';
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
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Your latest changes are not saved"
      confirmLabel="Close without saving"
      destructive
      onConfirm={() => void store.getState().closeWindow()}
      cancelLabel="Keep the window open"
      alternative={{ label: 'Save As…', onChoose: () => void saveElsewhere() }}
    >
      <p>
        They could not be written to the project file, so closing now would lose them. Keep the window open and retry,
        or save them to another file first.
      </p>
      {reason && <p>{reason}</p>}
    </ConfirmDialog>
  );
}
