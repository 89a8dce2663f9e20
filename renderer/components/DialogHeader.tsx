import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

/** The title row of a dialog, with its close button. */
export function DialogHeader({ children }: { children: ReactNode }) {
  return (
    <div className="dialog__header">
      <Dialog.Title>{children}</Dialog.Title>
      <Dialog.Close className="icon-button" aria-label="Close">
        <X size={18} aria-hidden />
      </Dialog.Close>
    </div>
  );
}
