import type { ReactNode } from 'react';

interface Props {
  /** The id of the control inside, which the label names. */
  id: string;
  label: string;
  hint?: ReactNode;
  /** Spans the whole row of a field grid. */
  wide?: boolean;
  children: ReactNode;
}

/** A labelled form control with an optional hint below it. */
export function Field({ id, label, hint, wide = false, children }: Props) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}
