import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableEach } from '../../renderer/useStable';

interface Row {
  id: string;
  value: number;
}

const sameRow = (a: readonly Row[], b: readonly Row[]) =>
  a.length === b.length && a.every((row, index) => row.value === b[index]?.value);

/** Renders the hook with `rows`, counting the comparisons it makes and keeping what it returned. */
function harness() {
  const seen: { returned: ReadonlyArray<readonly Row[]>; comparisons: number } = { returned: [], comparisons: 0 };
  function Probe({ rows }: { rows: ReadonlyArray<readonly Row[]> }) {
    const stable = useStableEach(rows, (a, b) => {
      seen.comparisons += 1;
      return sameRow(a, b);
    });
    seen.returned = stable;
    return null;
  }
  return { seen, Probe };
}

describe('useStableEach', () => {
  // Two renders: the first row equal (a new object with the same value), the second changed.
  const first = [[{ id: 'a', value: 1 }], [{ id: 'b', value: 2 }]];
  const second = [[{ id: 'a', value: 1 }], [{ id: 'b', value: 3 }]];
  const renderFirstThenSecond = (Probe: ReturnType<typeof harness>['Probe']) => {
    const view = render(<Probe rows={first} />);
    view.rerender(<Probe rows={second} />);
    return view;
  };

  it('keeps each element that equals the one at its place, and gives a new one where it changed', () => {
    const { seen, Probe } = harness();
    renderFirstThenSecond(Probe);
    expect(seen.returned[0]).toBe(first[0]);
    expect(seen.returned[1]).toBe(second[1]);
  });

  it('compares nothing when rendered again with the list it was given last time', () => {
    const { seen, Probe } = harness();
    const view = renderFirstThenSecond(Probe);
    const returned = seen.returned;
    seen.comparisons = 0;
    for (let again = 0; again < 3; again += 1) view.rerender(<Probe rows={second} />);
    expect(seen.comparisons).toBe(0);
    expect(seen.returned).toBe(returned);
  });
});
