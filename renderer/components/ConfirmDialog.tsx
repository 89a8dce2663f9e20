import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode } from 'react';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Destructive actions get the danger style; Cancel keeps the initial focus either way. */
  destructive?: boolean;
  onConfirm(): void;
}

/** A yes/no question before something hard to undo. */
export function ConfirmDialog({ open, onOpenChange, title, children, confirmLabel, destructive, onConfirm }: Props) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog--small">
          <div className="dialog__body">
            <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="dialog__text">{children}</div>
            </AlertDialog.Description>
            <div className="dialog__footer">
              <AlertDialog.Cancel className="button">Cancel</AlertDialog.Cancel>
              <AlertDialog.Action
                className={destructive ? 'button button--danger' : 'button button--primary'}
                onClick={onConfirm}
              >
                {confirmLabel}
              </AlertDialog.Action>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
