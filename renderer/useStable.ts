import { useState } from 'react';

/** As many elements, each `equal` to the one at its place in the other list. */
export function sameEach<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  return (
    a.length === b.length &&
    a.every((value, index) => {
      const other = b[index] as T;
      return value === other || equal(value, other);
    })
  );
}

/** The same strings in the same order. */
export const sameStrings = (a: readonly string[], b: readonly string[]) => sameEach(a, b, Object.is);

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

/**
 * `useStable` for each element of a list: an element equal to the one at its place last time is that one, so a
 * memoised row given it skips its render. One scored cell re-renders one row of a 30 × 40 grid, not 30. `values`
 * must keep its identity while unchanged (a `useMemo` result): a new list on every render would be taken as a
 * change each time, and render again without end.
 */
export function useStableEach<T>(values: readonly T[], equal: (previous: T, next: T) => boolean): readonly T[] {
  // What was given last time as well as what was returned: a render with the same list returns at once.
  const [kept, setKept] = useState({ given: values, stable: values });
  if (kept.given === values) return kept.stable;
  const merged = values.map((value, index) => {
    const previous = kept.stable[index];
    return previous !== undefined && (previous === value || equal(previous, value)) ? previous : value;
  });
  const unchanged =
    merged.length === kept.stable.length && merged.every((value, index) => value === kept.stable[index]);
  const stable = unchanged ? kept.stable : merged;
  setKept({ given: values, stable });
  return stable;
}
