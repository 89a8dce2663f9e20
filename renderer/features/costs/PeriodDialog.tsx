import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent } from 'react';
import { periodLabel, type PeriodPatch } from '../../../shared/domain/costEdits';
import type { CostPeriod } from '../../../shared/model/costs';
import { Field } from '../../components/Field';
import { DialogHeader } from '../../components/DialogHeader';

interface Props {
  period: CostPeriod | null;
  onClose(): void;
  onSave(id: string, patch: PeriodPatch): void;
}

/** Edits a period's name, kind and first day (a fiscal year starting in April, a quarter that was mislabelled). */
export function PeriodDialog({ period, onClose, onSave }: Props) {
  return (
    <Dialog.Root open={period !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--small" aria-describedby={undefined}>
          <DialogHeader>Edit period</DialogHeader>
          {period && <PeriodForm key={period.id} period={period} onSave={onSave} onClose={onClose} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PeriodForm({ period, onSave, onClose }: { period: CostPeriod } & Omit<Props, 'period'>) {
  const [label, setLabel] = useState(period.label);
  const [kind, setKind] = useState(period.kind);
  const [start, setStart] = useState(period.start);
  const [labelTouched, setLabelTouched] = useState(false);
  const valid = label.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(start);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    onSave(period.id, { label: label.trim(), kind, start });
    onClose();
  };

  // Until the user types a name of their own, the name follows the kind and the first day.
  const suggest = (nextKind: CostPeriod['kind'], nextStart: string) => {
    if (!labelTouched && /^\d{4}-\d{2}-\d{2}$/.test(nextStart)) setLabel(periodLabel(nextKind, nextStart));
  };

  return (
    <form className="dialog__body" onSubmit={submit}>
      <Field id="period-kind" label="Length">
        <select
          id="period-kind"
          className="input"
          value={kind}
          onChange={(event) => {
            const next = event.target.value as CostPeriod['kind'];
            setKind(next);
            suggest(next, start);
          }}
        >
          <option value="year">A year</option>
          <option value="quarter">A quarter</option>
        </select>
      </Field>
      <Field id="period-start" label="First day" hint="A fiscal year can start in any month.">
        <input
          id="period-start"
          type="date"
          className="input"
          value={start}
          required
          onChange={(event) => {
            setStart(event.target.value);
            suggest(kind, event.target.value);
          }}
        />
      </Field>
      <Field id="period-label" label="Name">
        <input
          id="period-label"
          className="input"
          value={label}
          maxLength={100}
          aria-invalid={label.trim() === '' || undefined}
          onChange={(event) => {
            setLabel(event.target.value);
            setLabelTouched(true);
          }}
        />
      </Field>
      <div className="dialog__footer">
        <Dialog.Close className="button" type="button">
          Cancel
        </Dialog.Close>
        <button type="submit" className="button button--primary" disabled={!valid}>
          Save
        </button>
      </div>
    </form>
  );
}
