import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCustomItem,
  moveItem,
  nextStatus,
  removeCustomItem,
  setItemStatus,
  updateItem,
  waiveItem,
  type ItemPatch,
} from '../../shared/domain/checklistEdits';
import { checklistArea } from '../../shared/catalog/checklistAreas';
import { itemStages } from '../../shared/model/checklistStages';
import {
  checklistAreaIds,
  ChecklistItemSchema,
  itemStatuses,
  type ChecklistAreaId,
  type ChecklistItem,
} from '../../shared/model/checklist';
import { dueDays, projectWithItems } from './support/projects';

const earlier = '2024-12-01T08:00:00.000Z';

const fieldsArb = fc.record({
  areaId: fc.constantFrom(...checklistAreaIds),
  status: fc.constantFrom(...itemStatuses),
  weight: fc.integer({ min: 1, max: 3 }),
  mustHave: fc.boolean(),
  custom: fc.boolean(),
  retired: fc.boolean(),
  dueDate: fc.option(fc.constantFrom(...dueDays), { nil: null }),
});

/** A checklist (unique ids) wrapped in a project, as the app holds it. */
const checklistArb = (maxLength = 20): fc.Arbitrary<ChecklistItem[]> =>
  fc.array(fieldsArb, { maxLength }).map(
    (all) =>
      projectWithItems(
        all.map((fields, index) =>
          ChecklistItemSchema.parse({
            id: `item-${index}`,
            title: `Item ${index}`,
            ...fields,
            completedAt: fields.status === 'done' ? earlier : null,
          }),
        ),
      ).checklist.items,
  );

const nonEmptyChecklistArb = checklistArb().filter((items) => items.length > 0);

/** An id that is in the checklist, or (sometimes) one that is not. */
const idIn = (items: readonly ChecklistItem[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...items.map((item) => item.id)) },
    { weight: 1, arbitrary: fc.constant('missing-id') },
  );

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Freezes the input deeply and checks it still equals a snapshot taken before the call. */
function untouched<R>(items: ChecklistItem[], edit: (frozen: readonly ChecklistItem[]) => R): R {
  const snapshot = structuredClone(items);
  const result = edit(deepFreeze(items));
  expect(items).toEqual(snapshot);
  return result;
}

const mk = (id: string, areaId: ChecklistAreaId) => ChecklistItemSchema.parse({ id, areaId, title: id });

const sortedIds = (items: readonly ChecklistItem[]) => items.map((item) => item.id).toSorted();

/** The expected result, computed on the positions of the item's area only. */
function expectedMove(items: readonly ChecklistItem[], id: string, direction: -1 | 1): ChecklistItem[] {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return [...items];
  const positions = items.flatMap((candidate, index) => (candidate.areaId === item.areaId ? [index] : []));
  const rank = positions.findIndex((index) => items[index] === item);
  const from = positions[rank];
  const to = positions[rank + direction];
  if (from === undefined || to === undefined) return [...items];
  const next = [...items];
  [next[from], next[to]] = [items[to] as ChecklistItem, items[from] as ChecklistItem];
  return next;
}

describe('nextStatus', () => {
  it('cycles to do → in progress → done → to do', () => {
    expect(nextStatus('todo')).toBe('in-progress');
    expect(nextStatus('in-progress')).toBe('done');
    expect(nextStatus('done')).toBe('todo');
  });

  it('sends n/a back to to do', () => {
    expect(nextStatus('n/a')).toBe('todo');
  });

  it('returns to the start after three presses from any of the cycling statuses', () => {
    for (const status of ['todo', 'in-progress', 'done'] as const) {
      expect(nextStatus(nextStatus(nextStatus(status)))).toBe(status);
    }
  });
});

describe('setItemStatus', () => {
  const nowArb = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('stamps completedAt on becoming done, clears it on leaving done, and leaves other items as they were', () => {
    fc.assert(
      fc.property(
        nonEmptyChecklistArb.chain((items) => fc.tuple(fc.constant(items), idIn(items))),
        fc.constantFrom(...itemStatuses),
        nowArb,
        ([items, id], status, now) => {
          const result = untouched(items, (frozen) => setItemStatus(frozen, id, status, now));
          expect(result).toHaveLength(items.length);
          result.forEach((after, i) => {
            const before = items[i];
            if (!before) throw new Error('length mismatch');
            if (before.id !== id || before.status === status) {
              expect(after).toBe(before);
              return;
            }
            expect(after).toEqual({
              ...before,
              status,
              completedAt: status === 'done' ? now.toISOString() : null,
            });
          });
        },
      ),
    );
  });

  it('keeps the original completion time when a done item is set to done again', () => {
    const item = ChecklistItemSchema.parse({
      id: 'a',
      areaId: 'risk',
      title: 'A',
      status: 'done',
      completedAt: earlier,
    });
    const [after] = setItemStatus(deepFreeze([item]), 'a', 'done', new Date('2030-01-01T00:00:00Z'));
    expect(after).toBe(item);
    expect(after?.completedAt).toBe(earlier);
  });

  it('writes completedAt as the ISO time of the given now', () => {
    const item = ChecklistItemSchema.parse({ id: 'a', areaId: 'risk', title: 'A' });
    const now = new Date('2025-03-04T05:06:07.890Z');
    expect(setItemStatus([item], 'a', 'done', now)[0]?.completedAt).toBe('2025-03-04T05:06:07.890Z');
    expect(ChecklistItemSchema.safeParse(setItemStatus([item], 'a', 'done', now)[0]).success).toBe(true);
  });
});

describe('updateItem', () => {
  const patchArb: fc.Arbitrary<ItemPatch> = fc.record(
    {
      title: fc.string({ minLength: 1 }),
      owner: fc.string(),
      dueDate: fc.option(fc.constantFrom(...dueDays), { nil: null }),
      notes: fc.string(),
      naReason: fc.string(),
      evidence: fc.array(fc.record({ label: fc.string(), target: fc.string() }), { maxLength: 3 }),
      stage: fc.constantFrom(...itemStages),
    },
    { requiredKeys: [] },
  );

  it('applies the patch to the target item only and keeps the other items as the same objects', () => {
    fc.assert(
      fc.property(
        nonEmptyChecklistArb.chain((items) => fc.tuple(fc.constant(items), idIn(items))),
        patchArb,
        ([items, id], patch) => {
          const result = untouched(items, (frozen) => updateItem(frozen, id, patch));
          expect(result).toHaveLength(items.length);
          result.forEach((after, i) => {
            const before = items[i];
            if (!before) throw new Error('length mismatch');
            if (before.id === id) expect(after).toEqual({ ...before, ...patch });
            else expect(after).toBe(before);
          });
        },
      ),
    );
  });
});

describe('waiveItem', () => {
  it('marks the item n/a with the trimmed reason in one edit, clears its completion and leaves other items', () => {
    fc.assert(
      fc.property(
        nonEmptyChecklistArb.chain((items) => fc.tuple(fc.constant(items), idIn(items))),
        fc.string({ maxLength: 30 }),
        ([items, id], reason) => {
          const result = untouched(items, (frozen) => waiveItem(frozen, id, reason, new Date()));
          expect(result).toHaveLength(items.length);
          items.forEach((item, i) => {
            if (item.id !== id) expect(result[i]).toBe(item);
            else expect(result[i]).toEqual({ ...item, status: 'n/a', naReason: reason.trim(), completedAt: null });
          });
        },
      ),
    );
  });
});

describe('addCustomItem', () => {
  const inputArb = fc.record({
    areaId: fc.constantFrom(...checklistAreaIds),
    title: fc.string({ minLength: 1, maxLength: 50 }),
    mustHave: fc.option(fc.boolean(), { nil: undefined }),
  });

  it('gives the new item its area’s usual stage unless told otherwise', () => {
    for (const areaId of checklistAreaIds) {
      const [added] = addCustomItem([], { id: 'c', areaId, title: 'C' });
      expect(added?.stage, areaId).toBe(checklistArea(areaId).defaultStage);
      for (const stage of itemStages)
        expect(addCustomItem([], { id: 'c', areaId, title: 'C', stage })[0]?.stage).toBe(stage);
    }
  });

  it('puts the new custom item right after the last item of its area, or at the end when the area is empty', () => {
    fc.assert(
      fc.property(checklistArb(), inputArb, (items, input) => {
        const result = untouched(items, (frozen) =>
          addCustomItem(frozen, {
            id: 'custom-new',
            areaId: input.areaId,
            title: input.title,
            ...(input.mustHave === undefined ? {} : { mustHave: input.mustHave }),
          }),
        );
        expect(result).toHaveLength(items.length + 1);
        const lastOfArea = items.findLastIndex((item) => item.areaId === input.areaId);
        const expectedAt = lastOfArea === -1 ? items.length : lastOfArea + 1;
        const added = result[expectedAt];
        expect(added?.id).toBe('custom-new');
        expect(result.filter((item) => item.id !== 'custom-new')).toEqual(items);
        expect(added).toMatchObject({
          areaId: input.areaId,
          title: input.title,
          custom: true,
          status: 'todo',
          mustHave: input.mustHave ?? false,
          completedAt: null,
        });
      }),
    );
  });

  it('appends to an area that already has items after its last item, before the next area', () => {
    const a1 = ChecklistItemSchema.parse({ id: 'a1', areaId: 'sponsorship', title: 'A1' });
    const a2 = ChecklistItemSchema.parse({ id: 'a2', areaId: 'sponsorship', title: 'A2' });
    const b1 = ChecklistItemSchema.parse({ id: 'b1', areaId: 'baseline', title: 'B1' });
    const result = addCustomItem(deepFreeze([a1, a2, b1]), { id: 'c', areaId: 'sponsorship', title: 'C' });
    expect(result.map((item) => item.id)).toEqual(['a1', 'a2', 'c', 'b1']);
  });

  it('adds an item to an area with no items at the end of the checklist', () => {
    const a1 = ChecklistItemSchema.parse({ id: 'a1', areaId: 'sponsorship', title: 'A1' });
    const b1 = ChecklistItemSchema.parse({ id: 'b1', areaId: 'baseline', title: 'B1' });
    const result = addCustomItem(deepFreeze([a1, b1]), { id: 'c', areaId: 'risk', title: 'C' });
    expect(result.map((item) => item.id)).toEqual(['a1', 'b1', 'c']);
  });
});

describe('removeCustomItem', () => {
  it('removes a custom or retired item and never removes a current catalog item', () => {
    fc.assert(
      fc.property(
        nonEmptyChecklistArb.chain((items) => fc.tuple(fc.constant(items), idIn(items))),
        ([items, id]) => {
          const result = untouched(items, (frozen) => removeCustomItem(frozen, id));
          const target = items.find((item) => item.id === id);
          if (target && (target.custom || target.retired))
            expect(result).toEqual(items.filter((item) => item.id !== id));
          else expect(result).toEqual(items);
          for (const item of items) if (!item.custom && !item.retired) expect(result).toContain(item);
        },
      ),
    );
  });
});

describe('moveItem', () => {
  const directionArb = fc.constantFrom<-1 | 1>(-1, 1);

  it('swaps the item with the nearest item of the same area in that direction', () => {
    fc.assert(
      fc.property(
        nonEmptyChecklistArb.chain((items) => fc.tuple(fc.constant(items), idIn(items))),
        directionArb,
        ([items, id], direction) => {
          const result = untouched(items, (frozen) => moveItem(frozen, id, direction));
          expect(result).toEqual(expectedMove(items, id, direction));
        },
      ),
    );
  });

  it('does nothing at the edges of the area', () => {
    fc.assert(
      fc.property(nonEmptyChecklistArb, fc.constantFrom(...checklistAreaIds), (items, area) => {
        const own = items.filter((item) => item.areaId === area);
        const first = own[0];
        const last = own.at(-1);
        if (first) expect(untouched(items, (frozen) => moveItem(frozen, first.id, -1))).toEqual(items);
        if (last) expect(untouched(items, (frozen) => moveItem(frozen, last.id, 1))).toEqual(items);
      }),
    );
  });

  it('skips items of other areas when moving', () => {
    const items = deepFreeze([mk('a1', 'risk'), mk('b1', 'process'), mk('b2', 'process'), mk('a2', 'risk')]);
    expect(moveItem(items, 'a1', 1).map((item) => item.id)).toEqual(['a2', 'b1', 'b2', 'a1']);
    expect(moveItem(items, 'a2', -1).map((item) => item.id)).toEqual(['a2', 'b1', 'b2', 'a1']);
    expect(moveItem(items, 'b1', 1).map((item) => item.id)).toEqual(['a1', 'b2', 'b1', 'a2']);
  });

  it('keeps the same items, each area in its slots, and other areas in order over any sequence of moves', () => {
    fc.assert(
      fc.property(
        nonEmptyChecklistArb.chain((items) =>
          fc.tuple(fc.constant(items), fc.array(fc.tuple(idIn(items), directionArb), { maxLength: 30 })),
        ),
        ([items, moves]) => {
          let current = items;
          const movedAreas = new Set<ChecklistAreaId>();
          for (const [id, direction] of moves) {
            const before = current;
            const after = untouched(before, (frozen) => moveItem(frozen, id, direction));
            const area = before.find((item) => item.id === id)?.areaId;
            if (area) movedAreas.add(area);
            // Only the moved item's area changes; every other item keeps its place.
            after.forEach((item, index) => {
              expect(item.areaId).toBe(before[index]?.areaId);
              if (item.areaId !== area) expect(item).toBe(before[index]);
            });
            current = after;
          }
          expect(current).toHaveLength(items.length);
          expect(sortedIds(current)).toEqual(sortedIds(items));
          for (const item of items) expect(current).toContainEqual(item);
          for (const area of checklistAreaIds) {
            if (movedAreas.has(area)) continue;
            const order = (list: readonly ChecklistItem[]) =>
              list.filter((item) => item.areaId === area).map((item) => item.id);
            expect(order(current)).toEqual(order(items));
          }
        },
      ),
    );
  });
});
