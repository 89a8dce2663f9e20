import { act, render } from '@testing-library/react';
import { memo } from 'react';
import { describe, expect, it } from 'vitest';
import {
  useFocusedColumnIn,
  useFocusedRow,
  useGridFocus,
  type GridFocus,
} from '../../renderer/components/grid/gridFocus';

/** Three memoised rows and a rubric around one grid focus, counting their renders. */
function harness() {
  const renders = { rows: [0, 0, 0], rubric: 0 };
  let holder: GridFocus | null = null;
  const Row = memo(function Row({ focus, row }: { focus: GridFocus; row: number }) {
    const col = useFocusedColumnIn(focus, row);
    renders.rows[row] = (renders.rows[row] ?? 0) + 1;
    return <p data-testid={`row-${row}`}>{col}</p>;
  });
  const Rubric = memo(function Rubric({ focus }: { focus: GridFocus }) {
    renders.rubric += 1;
    return <p data-testid="rubric">{useFocusedRow(focus)}</p>;
  });
  function Grid() {
    const focus = useGridFocus();
    holder = focus;
    return (
      <>
        {[0, 1, 2].map((row) => (
          <Row key={row} focus={focus} row={row} />
        ))}
        <Rubric focus={focus} />
      </>
    );
  }
  const view = render(<Grid />);
  const focus = () => {
    if (!holder) throw new Error('not rendered');
    return holder;
  };
  return { view, renders, focus };
}

// A move of the keyboard in a large grid renders the rows it leaves and enters, and what follows the focused row.
describe('grid focus held outside React state', () => {
  it('starts at the first cell', () => {
    const { view, focus } = harness();
    expect(focus().get()).toEqual({ row: 0, col: 0 });
    expect(view.getByTestId('row-0')).toHaveTextContent('0');
    expect(view.getByTestId('row-1')).toHaveTextContent('-1');
  });

  it('renders only the row the keyboard moves along, and the rubric not at all', () => {
    const { view, renders, focus } = harness();
    act(() => focus().set({ row: 0, col: 3 }));
    expect(view.getByTestId('row-0')).toHaveTextContent('3');
    expect(renders.rows).toEqual([2, 1, 1]);
    expect(renders.rubric).toBe(1);
  });

  it('renders the row left, the row entered and the rubric when the keyboard moves down', () => {
    const { view, renders, focus } = harness();
    act(() => focus().set({ row: 1, col: 0 }));
    expect(view.getByTestId('row-0')).toHaveTextContent('-1');
    expect(view.getByTestId('row-1')).toHaveTextContent('0');
    expect(view.getByTestId('rubric')).toHaveTextContent('1');
    expect(renders.rows).toEqual([2, 2, 1]);
    expect(renders.rubric).toBe(2);
  });

  it('renders nothing when the keyboard stays where it is', () => {
    const { renders, focus } = harness();
    act(() => focus().set({ row: 0, col: 0 }));
    expect(renders.rows).toEqual([1, 1, 1]);
    expect(renders.rubric).toBe(1);
  });
});
