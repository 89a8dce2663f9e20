import { describe, expect, it } from 'vitest';
import {
  inRange,
  isTypingKey,
  navigationKey,
  rangeOf,
  step,
  tabFrom,
} from '../../renderer/components/grid/gridNavigation';

const size = { rows: 3, cols: 4 };
const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  isTypingKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('moving around a spreadsheet grid', () => {
  it('stops at the edges instead of leaving the grid', () => {
    expect(step({ row: 0, col: 0 }, -1, -1, size)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 2, col: 3 }, 1, 1, size)).toEqual({ row: 2, col: 3 });
    const toEnd = navigationKey('End', true);
    expect(toEnd && step({ row: 0, col: 0 }, toEnd.rows, toEnd.cols, size)).toEqual({ row: 2, col: 3 });
  });

  it('moves Tab right, wraps to the next row, and lets focus leave after the last cell', () => {
    expect(tabFrom({ row: 0, col: 3 }, false, size)).toEqual({ row: 1, col: 0 });
    expect(tabFrom({ row: 1, col: 0 }, true, size)).toEqual({ row: 0, col: 3 });
    expect(tabFrom({ row: 2, col: 3 }, false, size)).toBeNull();
    expect(tabFrom({ row: 0, col: 0 }, true, size)).toBeNull();
  });

  it('turns any two corners into the rectangle between them', () => {
    const range = rangeOf({ anchor: { row: 2, col: 1 }, focus: { row: 0, col: 3 } });
    expect(range).toEqual({ top: 0, left: 1, bottom: 2, right: 3 });
    expect(inRange(range, 1, 2)).toBe(true);
    expect(inRange(range, 1, 0)).toBe(false);
  });

  it('starts editing on a printable key, not on shortcuts or named keys', () => {
    expect(key('7')).toBe(true);
    expect(key('-')).toBe(true);
    expect(key('c', { ctrlKey: true })).toBe(false);
    expect(key('Enter')).toBe(false);
    expect(navigationKey('a', false)).toBeNull();
  });
});
