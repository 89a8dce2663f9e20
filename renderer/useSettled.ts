import { startTransition, useEffect, useState } from 'react';

/**
 * How long edits must pause before what summarises them (rankings, the business case, charts, list counts) catches
 * up: a person typing sees each key in its field at once, and no frame of theirs carries the summary's work.
 */
export const summarySettleMs = 150;

/** `value` once it has stopped changing for `ms` (the first one at once); the catching up is a transition. */
export function useSettled<T>(value: T, ms = summarySettleMs): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
