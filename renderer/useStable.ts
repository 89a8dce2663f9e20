import { useState } from 'react';

/** The same strings in the same order. */
export const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * The previous value while `equal` says nothing changed, so memoised children skip a render: a keystroke in a
 * note makes a new items array, but not new owners or new lists of ids.
 */
export function useStable<T>(value: T, equal: (previous: T, next: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || equal(kept, value)) return kept;
  // A real change: remember it (React renders this component again at once) and use it already.
  setKept(value);
  return value;
}
