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
  /** What "Cancel" does in words, when a plainer name helps ("Keep the window open"). */
  cancelLabel?: string;
  /** A third way out, between Cancel and the confirmation ("Save As…"). */
  alternative?: { label: string; onChoose(): void };
}

/** A yes/no question before something hard to undo. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  destructive,
  onConfirm,
  cancelLabel = 'Cancel',
  alternative,
}: Props) {
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
              <AlertDialog.Cancel className="button">{cancelLabel}</AlertDialog.Cancel>
              {alternative && (
                <AlertDialog.Action className="button" onClick={alternative.onChoose}>
                  {alternative.label}
                </AlertDialog.Action>
              )}
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
