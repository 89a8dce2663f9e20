import { useState, useSyncExternalStore } from 'react';
import type { GridPos } from './gridNavigation';

/**
 * Where the keyboard is in a large grid, held outside React state: a move renders the rows it leaves and enters
 * (and whatever follows the focused row), not the whole grid's component with every row's props compared again.
 */
export interface GridFocus {
  get(): GridPos;
  set(pos: GridPos): void;
  subscribe(listener: () => void): () => void;
}

function createGridFocus(initial: GridPos): GridFocus {
  let pos = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => pos,
    set(next) {
      if (next.row === pos.row && next.col === pos.col) return;
      pos = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A grid's focus holder, made once for the component's life, starting at the first cell. */
export function useGridFocus(): GridFocus {
  return useState(() => createGridFocus({ row: 0, col: 0 }))[0];
}

/** The focused column when the keyboard is in this row, -1 otherwise: a row renders only when that changes. */
export function useFocusedColumnIn(focus: GridFocus, row: number): number {
  return useSyncExternalStore(focus.subscribe, () => (focus.get().row === row ? focus.get().col : -1));
}

export function useFocusedRow(focus: GridFocus): number {
  return useSyncExternalStore(focus.subscribe, () => focus.get().row);
}
