import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef, useState, type RefObject } from 'react';
import { stageLabels } from '../../../shared/model/checklistStages';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { focusItemById } from './ChecklistItemRow';

interface Props {
  /** The must-have to waive; null when the dialog is closed. */
  item: ChecklistItem | null;
  onCancel(): void;
  onWaive(id: string, reason: string): void;
}

/**
 * Asks why a must-have does not apply before marking it n/a. With a reason it is a waiver, listed in the readiness
 * summary and the exports; cancelling leaves the item as it was.
 */
export function WaiverDialog({ item, onCancel, onWaive }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  // There is no trigger to return to: the keyboard goes back where it was (the status button, the status list),
  // or to the item's status button when that control is gone (a blocker link that the waiver removed).
  const opener = useRef<{ element: Element | null; itemId: string } | null>(null);
  return (
    <AlertDialog.Root open={item !== null} onOpenChange={(open) => (open ? undefined : onCancel())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog dialog--small"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            if (item) opener.current = { element: document.activeElement, itemId: item.id };
            field.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const back = opener.current;
            if (back?.element instanceof HTMLElement && back.element.isConnected) back.element.focus();
            else if (back) focusItemById(back.itemId);
          }}
        >
          {/* Mounted per item, so the reason starts from the item's own each time. */}
          {item && <WaiverForm key={item.id} item={item} field={field} onWaive={onWaive} />}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function WaiverForm({
  item,
  field,
  onWaive,
}: {
  item: ChecklistItem;
  field: RefObject<HTMLTextAreaElement | null>;
  onWaive: Props['onWaive'];
}) {
  const [reason, setReason] = useState(item.naReason);
  const hasReason = reason.trim() !== '';

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (hasReason) onWaive(item.id, reason);
  };

  return (
    <form className="dialog__body" onSubmit={submit}>
      <AlertDialog.Title className="dialog__title">Why does this must-have not apply?</AlertDialog.Title>
      <AlertDialog.Description className="dialog__text">
        “{item.title}” is needed {stageLabels[item.stage]}. Marked not applicable with a reason, it becomes a waiver: it
        stops blocking the readiness level and is listed with its reason in the summary and the exports.
      </AlertDialog.Description>
      <div className="field">
        <label className="field__label" htmlFor="waiver-reason">
          Reason
        </label>
        <textarea
          id="waiver-reason"
          ref={field}
          className="input textarea"
          rows={3}
          maxLength={1000}
          required
          value={reason}
          placeholder="For example: we take no card payments by phone."
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          }}
        />
        <p className="field__hint">Ctrl+Enter marks it not applicable.</p>
      </div>
      <div className="dialog__footer">
        <AlertDialog.Cancel type="button" className="button">
          Cancel
        </AlertDialog.Cancel>
        <button type="submit" className="button button--primary" disabled={!hasReason}>
          Mark not applicable
        </button>
      </div>
    </form>
  );
}
