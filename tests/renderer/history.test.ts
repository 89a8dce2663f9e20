import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coalesceMs, History } from '../../renderer/store/history';
import { createProject, type Project } from '../../shared/model/project';

const base = createProject({ name: 'State 0', functionTemplate: 'customer-service' });

/** Distinct project states, told apart by name. */
const state = (n: number): Project => ({ ...base, name: `State ${n}` });

/** Edits the app makes: record the state before, then move to the new state. */
function edit(history: History, current: Project, next: Project, key: string | undefined, now: number): Project {
  history.record(current, key, now);
  return next;
}

describe('History', () => {
  it('starts with nothing to undo or redo', () => {
    const history = new History();
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
    expect(history.undo(state(0))).toBeNull();
    expect(history.redo(state(0))).toBeNull();
  });

  it('undo returns the state before the last edit, and redo returns to the state undone', () => {
    const history = new History();
    let current = state(0);
    current = edit(history, current, state(1), undefined, 0);
    current = edit(history, current, state(2), undefined, 10_000);

    const undone = history.undo(current);
    expect(undone?.name).toBe('State 1');
    expect(history.canRedo).toBe(true);

    const older = history.undo(undone ?? current);
    expect(older?.name).toBe('State 0');
    expect(history.canUndo).toBe(false);
    expect(history.undo(older ?? current)).toBeNull();

    const redone = history.redo(older ?? current);
    expect(redone?.name).toBe('State 1');
    expect(history.redo(redone ?? current)?.name).toBe('State 2');
    expect(history.canRedo).toBe(false);
  });

  it('returns the very objects it was given', () => {
    const history = new History();
    const s0 = state(0);
    const s1 = state(1);
    history.record(s0, undefined, 0);
    expect(history.undo(s1)).toBe(s0);
    expect(history.redo(s0)).toBe(s1);
  });

  it('clears redo when a new edit is recorded', () => {
    const history = new History();
    let current = edit(history, state(0), state(1), undefined, 0);
    current = history.undo(current) ?? current;
    expect(history.canRedo).toBe(true);
    current = edit(history, current, state(9), undefined, 5_000);
    expect(history.canRedo).toBe(false);
    expect(history.redo(current)).toBeNull();
    expect(history.undo(current)?.name).toBe('State 0');
  });

  it('coalesces edits with the same key within coalesceMs into one undo step', () => {
    const history = new History();
    let current = state(0);
    current = edit(history, current, state(1), 'title:a', 1_000);
    current = edit(history, current, state(2), 'title:a', 1_000 + coalesceMs - 1);
    current = edit(history, current, state(3), 'title:a', 1_000 + 2 * (coalesceMs - 1));
    expect(history.undo(current)?.name).toBe('State 0');
    expect(history.canUndo).toBe(false);
  });

  it('keeps edits with different keys as separate steps', () => {
    const history = new History();
    let current = state(0);
    current = edit(history, current, state(1), 'title:a', 1_000);
    current = edit(history, current, state(2), 'title:b', 1_001);
    const first = history.undo(current);
    expect(first?.name).toBe('State 1');
    expect(history.undo(first ?? current)?.name).toBe('State 0');
  });

  it('starts a new step after a pause of coalesceMs or more', () => {
    const history = new History();
    let current = state(0);
    current = edit(history, current, state(1), 'title:a', 1_000);
    current = edit(history, current, state(2), 'title:a', 1_000 + coalesceMs);
    const first = history.undo(current);
    expect(first?.name).toBe('State 1');
    expect(history.undo(first ?? current)?.name).toBe('State 0');
  });

  it('never coalesces edits without a key', () => {
    const history = new History();
    let current = state(0);
    current = edit(history, current, state(1), undefined, 1_000);
    current = edit(history, current, state(2), undefined, 1_001);
    expect(history.undo(current)?.name).toBe('State 1');
  });

  it('does not coalesce an edit made after an undo with the one before it', () => {
    const history = new History();
    let current = state(0);
    current = edit(history, current, state(1), 'title:a', 1_000);
    current = edit(history, current, state(2), 'title:a', 1_100);
    current = history.undo(current) ?? current; // back to State 0
    current = edit(history, current, state(3), 'title:a', 1_200);
    expect(history.undo(current)?.name).toBe('State 0');
  });

  it('keeps at most 200 steps, dropping the oldest', () => {
    const history = new History();
    let current = state(0);
    for (let n = 1; n <= 250; n += 1) current = edit(history, current, state(n), undefined, n * 10_000);
    let steps = 0;
    let last: Project | null = null;
    for (;;) {
      const previous = history.undo(current);
      if (!previous) break;
      current = previous;
      last = previous;
      steps += 1;
    }
    expect(steps).toBe(200);
    expect(last?.name).toBe('State 50');
  });

  it('applies rewrite to both past and future states', () => {
    const history = new History();
    let current = state(0);
    current = edit(history, current, state(1), undefined, 0);
    current = edit(history, current, state(2), undefined, 10_000);
    current = edit(history, current, state(3), undefined, 20_000);
    current = history.undo(current) ?? current; // State 2, future: [State 3]
    history.rewrite((p) => ({ ...p, currency: 'EUR' }));

    const past1 = history.undo(current);
    expect(past1?.name).toBe('State 1');
    expect(past1?.currency).toBe('EUR');
    const past0 = history.undo(past1 ?? current);
    expect(past0?.currency).toBe('EUR');
    const future1 = history.redo(past0 ?? current);
    expect(future1?.name).toBe('State 1');
    const future2 = history.redo(future1 ?? current);
    expect(future2?.name).toBe('State 2');
    const future3 = history.redo(future2 ?? current);
    expect(future3?.name).toBe('State 3');
    expect(future3?.currency).toBe('EUR');
  });

  it('clear empties undo and redo', () => {
    const history = new History();
    let current = edit(history, state(0), state(1), undefined, 0);
    current = edit(history, current, state(2), undefined, 10_000);
    current = history.undo(current) ?? current;
    expect(history.canUndo && history.canRedo).toBe(true);
    history.clear();
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
    expect(history.undo(current)).toBeNull();
    expect(history.redo(current)).toBeNull();
  });

  it('behaves like a model stack for any sequence of unkeyed edits, undos and redos', () => {
    type Op = { kind: 'edit' } | { kind: 'undo' } | { kind: 'redo' };
    const opArb: fc.Arbitrary<Op> = fc.oneof(
      fc.constant<Op>({ kind: 'edit' }),
      fc.constant<Op>({ kind: 'undo' }),
      fc.constant<Op>({ kind: 'redo' }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const history = new History();
        let current = state(0);
        let counter = 0;
        const past: Project[] = [];
        const future: Project[] = [];
        ops.forEach((op, t) => {
          if (op.kind === 'edit') {
            counter += 1;
            past.push(current);
            future.length = 0;
            current = edit(history, current, state(counter), undefined, t * 10_000);
          } else if (op.kind === 'undo') {
            const expected = past.pop();
            const got = history.undo(current);
            expect(got).toBe(expected ?? null);
            if (got) {
              future.push(current);
              current = got;
            }
          } else {
            const expected = future.pop();
            const got = history.redo(current);
            expect(got).toBe(expected ?? null);
            if (got) {
              past.push(current);
              current = got;
            }
          }
          expect(history.canUndo).toBe(past.length > 0);
          expect(history.canRedo).toBe(future.length > 0);
        });
      }),
    );
  });
});
