/** Where the keyboard is in a spreadsheet-like grid, and the rectangle of cells selected. */
export interface GridPos {
  row: number;
  col: number;
}

export interface GridSelection {
  /** Where the selection started (Shift+arrows and Shift+click keep it). */
  anchor: GridPos;
  /** The active cell: where typing goes. */
  focus: GridPos;
}

export interface GridRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max - 1, value));

export function rangeOf({ anchor, focus }: GridSelection): GridRange {
  return {
    top: Math.min(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    bottom: Math.max(anchor.row, focus.row),
    right: Math.max(anchor.col, focus.col),
  };
}

export function inRange(range: GridRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export const single = (pos: GridPos): GridSelection => ({ anchor: pos, focus: pos });

/** The cell an arrow key (or Enter, or Home/End) leads to, kept inside the grid. */
export function step(pos: GridPos, rows: number, cols: number, size: GridSize): GridPos {
  return { row: clamp(pos.row + rows, size.rows), col: clamp(pos.col + cols, size.cols) };
}

/** Tab moves right and wraps to the next row; null at the last cell (Shift+Tab: the first) lets focus leave. */
export function tabFrom(pos: GridPos, backwards: boolean, size: GridSize): GridPos | null {
  const index = pos.row * size.cols + pos.col + (backwards ? -1 : 1);
  if (index < 0 || index >= size.rows * size.cols) return null;
  return { row: Math.floor(index / size.cols), col: index % size.cols };
}

/** The move a navigation key asks for, or null when the key is not one. Shift extends the selection. */
export function navigationKey(key: string, ctrl: boolean): { rows: number; cols: number } | null {
  const far = 1_000_000;
  switch (key) {
    case 'ArrowUp':
      return { rows: ctrl ? -far : -1, cols: 0 };
    case 'ArrowDown':
      return { rows: ctrl ? far : 1, cols: 0 };
    case 'ArrowLeft':
      return { rows: 0, cols: ctrl ? -far : -1 };
    case 'ArrowRight':
      return { rows: 0, cols: ctrl ? far : 1 };
    case 'Home':
      return ctrl ? { rows: -far, cols: -far } : { rows: 0, cols: -far };
    case 'End':
      return ctrl ? { rows: far, cols: far } : { rows: 0, cols: far };
    case 'PageUp':
      return { rows: -10, cols: 0 };
    case 'PageDown':
      return { rows: 10, cols: 0 };
    default:
      return null;
  }
}

/** A key that starts editing by replacing the cell's content: one printable character, no shortcut modifier. */
export function isTypingKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}
