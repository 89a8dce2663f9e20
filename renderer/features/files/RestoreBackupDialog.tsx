import * as Dialog from '@radix-ui/react-dialog';
import { BackupList } from './BackupList';
import { DialogHeader } from '../../components/DialogHeader';

/** "Restore from backup…": the project's snapshots with what each holds. */
export function RestoreBackupDialog({
  path,
  open,
  onOpenChange,
}: {
  path: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <DialogHeader>Restore from backup</DialogHeader>
          <div className="dialog__body">
            <Dialog.Description className="dialog__text">
              The app keeps a copy when you open a project and every 10 minutes while you work: the last 20, and one a
              day for 30 days. Restoring replaces the project with the backup; the current version becomes a backup too.
            </Dialog.Description>
            {open && <BackupList path={path} onRestored={() => onOpenChange(false)} />}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
