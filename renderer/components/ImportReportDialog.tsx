import * as Dialog from '@radix-ui/react-dialog';
import { CheckCircle2, XCircle } from 'lucide-react';
import { DialogHeader } from './DialogHeader';

export interface ImportRow {
  line: number;
  accepted: boolean;
  reason: string;
}

export interface ImportReport {
  title: string;
  /** One sentence: what changed in the project. */
  summary: string;
  rows: ImportRow[];
}

/** What an import took and what it left out, row by row, with the reason for each row left out. */
export function ImportReportDialog({ report, onClose }: { report: ImportReport | null; onClose(): void }) {
  const rejected = report?.rows.filter((row) => !row.accepted) ?? [];
  return (
    <Dialog.Root open={report !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <DialogHeader>{report?.title}</DialogHeader>
          <div className="dialog__body">
            <Dialog.Description className="dialog__text">{report?.summary}</Dialog.Description>
            {rejected.length > 0 && <h3 className="import-report__heading">Rows not imported</h3>}
            <ul className="import-report">
              {[...rejected, ...(report?.rows.filter((row) => row.accepted) ?? [])].map((row) => (
                <li
                  key={row.line}
                  className={row.accepted ? 'import-report__row' : 'import-report__row import-report__row--rejected'}
                >
                  {row.accepted ? <CheckCircle2 size={15} aria-hidden /> : <XCircle size={15} aria-hidden />}
                  <span>
                    <strong>Row {row.line}</strong> {row.accepted ? 'imported' : 'not imported'}
                    {row.reason ? ` — ${row.reason}` : ''}
                  </span>
                </li>
              ))}
            </ul>
            <div className="dialog__footer">
              <Dialog.Close className="button button--primary">Done</Dialog.Close>
            </div>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
