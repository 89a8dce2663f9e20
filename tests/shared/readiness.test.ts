import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  goToMarketAreas,
  isOpen,
  nextActionCount,
  readinessLevels,
  weightedScore,
} from '../../shared/domain/readiness';
import { businessFunctionIds } from '../../shared/model/businessFunctions';
import {
  checklistAreaIds,
  ChecklistItemSchema,
  itemStatuses,
  type ChecklistAreaId,
  type ChecklistItem,
  type ItemStatus,
} from '../../shared/model/checklist';
import { createProject } from '../../shared/model/project';
import { dueDays, projectWithItems } from './support/projects';

const today = '2025-02-01';

interface ItemFields {
  areaId: ChecklistAreaId;
  status: ItemStatus;
  weight: number;
  mustHave: boolean;
  dueDate: string | null;
}

const fieldsArb = (statuses: readonly ItemStatus[] = itemStatuses): fc.Arbitrary<ItemFields> =>
  fc.record({
    areaId: fc.constantFrom(...checklistAreaIds),
    status: fc.constantFrom(...statuses),
    weight: fc.integer({ min: 1, max: 3 }),
    mustHave: fc.boolean(),
    dueDate: fc.option(fc.constantFrom(...dueDays), { nil: null }),
  });

function makeItem(id: string, fields: ItemFields): ChecklistItem {
  return ChecklistItemSchema.parse({
    id,
    title: `Item ${id}`,
    ...fields,
    completedAt: fields.status === 'done' ? '2025-01-01T09:00:00.000Z' : null,
  });
}

const itemsArb = (statuses?: readonly ItemStatus[], maxLength = 30): fc.Arbitrary<ChecklistItem[]> =>
  fc
    .array(fieldsArb(statuses), { maxLength })
    .map((all) => all.map((fields, index) => makeItem(`item-${index}`, fields)));

const nonEmptyItemsArb = (statuses?: readonly ItemStatus[]) => itemsArb(statuses).filter((items) => items.length > 0);

/** Items plus the index of one of them. */
const itemsWithIndexArb = nonEmptyItemsArb().chain((items) =>
  fc.tuple(fc.constant(items), fc.integer({ min: 0, max: items.length - 1 })),
);

function withStatus(items: readonly ChecklistItem[], index: number, status: ItemStatus): ChecklistItem[] {
  return items.map((item, i) => (i === index ? { ...item, status } : item));
}

const levelIndex = (items: readonly ChecklistItem[]) =>
  readinessLevels.indexOf(assessReadiness(projectWithItems(items), today).level);
const dueKey = (item: ChecklistItem) => item.dueDate ?? '9999-12-31';
const isOpenMustHave = (item: ChecklistItem) => item.mustHave && item.status !== 'done' && item.status !== 'n/a';

describe('assessReadiness: score', () => {
  it('always lies within [0, 100]', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const { score } = assessReadiness(projectWithItems(items), today);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('is 0 for an empty checklist', () => {
    expect(assessReadiness(projectWithItems([]), today).score).toBe(0);
  });

  it('is 100 when every applicable item is done', () => {
    fc.assert(
      fc.property(
        nonEmptyItemsArb(['done', 'n/a']).filter((items) => items.some((item) => item.status === 'done')),
        (items) => {
          expect(assessReadiness(projectWithItems(items), today).score).toBe(100);
        },
      ),
    );
  });

  it('never goes down when an item is marked done, whatever its status was (n/a included)', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, ([items, index]) => {
        const before = assessReadiness(projectWithItems(items), today).score;
        const after = assessReadiness(projectWithItems(withStatus(items, index, 'done')), today).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('drops n/a items from the denominator: setting an item n/a leaves the score of the other items', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, ([items, index]) => {
        const others = items.filter((_, i) => i !== index);
        const { score } = assessReadiness(projectWithItems(withStatus(items, index, 'n/a')), today);
        expect(score).toBe(weightedScore(others) ?? 0);
      }),
    );
  });

  it('matches an independent weighted share of applicable items (in progress counts half)', () => {
    const credit: Record<ItemStatus, number> = { todo: 0, 'in-progress': 0.5, done: 1, 'n/a': 0 };
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const applicable = items.filter((item) => item.status !== 'n/a');
        const possible = applicable.reduce((sum, item) => sum + item.weight, 0);
        const earned = applicable.reduce((sum, item) => sum + item.weight * credit[item.status], 0);
        const expected = possible === 0 ? 0 : (100 * earned) / possible;
        expect(assessReadiness(projectWithItems(items), today).score).toBeCloseTo(expected, 9);
      }),
    );
  });

  it('counts an item in progress as half done', () => {
    for (const weight of [1, 2, 3]) {
      const item = makeItem('a', { areaId: 'process', status: 'in-progress', weight, mustHave: false, dueDate: null });
      expect(assessReadiness(projectWithItems([item]), today).score).toBe(50);
    }
  });

  it('gives an area whose items are all n/a a null score, and other areas a number', () => {
    fc.assert(
      fc.property(itemsArb(), fc.constantFrom(...checklistAreaIds), (items, area) => {
        const allNa = items.map((item) => (item.areaId === area ? { ...item, status: 'n/a' as const } : item));
        const report = assessReadiness(projectWithItems(allNa), today);
        expect(report.areas.find((a) => a.areaId === area)?.score).toBeNull();
        for (const areaReport of report.areas) {
          const hasApplicable = allNa.some((item) => item.areaId === areaReport.areaId && item.status !== 'n/a');
          expect(areaReport.score === null).toBe(!hasApplicable);
        }
      }),
    );
  });

  it('reports one entry per area with counts that match the items', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const report = assessReadiness(projectWithItems(items), today);
        expect(report.areas.map((a) => a.areaId)).toEqual([...checklistAreaIds]);
        for (const area of report.areas) {
          const own = items.filter((item) => item.areaId === area.areaId);
          expect(area.total).toBe(own.length);
          expect(area.done).toBe(own.filter((item) => item.status === 'done').length);
          expect(area.applicable).toBe(own.filter((item) => item.status !== 'n/a').length);
          expect(area.openMustHaves).toBe(own.filter(isOpenMustHave).length);
        }
      }),
    );
  });
});

const openMustHaveArb = (areas: readonly ChecklistAreaId[]) =>
  fc
    .record({
      areaId: fc.constantFrom(...areas),
      status: fc.constantFrom<ItemStatus>('todo', 'in-progress'),
      weight: fc.integer({ min: 1, max: 3 }),
      mustHave: fc.constant(true),
      dueDate: fc.option(fc.constantFrom(...dueDays), { nil: null }),
    })
    .map((fields) => makeItem('open-must-have', fields));

describe('assessReadiness: level', () => {
  it('is ready-to-contract when every must-have is done or n/a and the score is at least 85', () => {
    fc.assert(
      fc.property(
        fc
          .array(fieldsArb(['done', 'done', 'done', 'done', 'done', 'n/a', 'in-progress', 'todo']), {
            minLength: 1,
            maxLength: 30,
          })
          .map((all) =>
            all.map((fields, index) =>
              makeItem(
                `item-${index}`,
                fields.mustHave && (fields.status === 'todo' || fields.status === 'in-progress')
                  ? { ...fields, status: 'done' }
                  : fields,
              ),
            ),
          ),
        (items) => {
          const report = assessReadiness(projectWithItems(items), today);
          fc.pre(report.score >= 85);
          expect(report.level).toBe('ready-to-contract');
        },
      ),
    );
  });

  it('is ready-to-contract exactly when no must-have is open and the score is at least 85', () => {
    fc.assert(
      fc.property(itemsArb(['done', 'done', 'done', 'n/a', 'in-progress', 'todo']), (items) => {
        const report = assessReadiness(projectWithItems(items), today);
        const expected = !items.some(isOpenMustHave) && report.score >= 85;
        expect(report.level === 'ready-to-contract').toBe(expected);
      }),
    );
  });

  it('stays below ready-for-vendors while a must-have in sponsorship, baseline, process or relationship is open', () => {
    expect(goToMarketAreas.toSorted()).toEqual(['baseline', 'process', 'relationship', 'sponsorship']);
    fc.assert(
      fc.property(itemsArb(['done', 'n/a']), openMustHaveArb(goToMarketAreas), fc.nat(), (items, open, at) => {
        const position = at % (items.length + 1);
        const all = [...items.slice(0, position), open, ...items.slice(position)];
        expect(['not-ready', 'preparing']).toContain(assessReadiness(projectWithItems(all), today).level);
      }),
    );
    fc.assert(
      fc.property(itemsArb(), openMustHaveArb(goToMarketAreas), (items, open) => {
        expect(['not-ready', 'preparing']).toContain(assessReadiness(projectWithItems([...items, open]), today).level);
      }),
    );
  });

  it('is not-ready while a sponsorship must-have is open, even when everything else is done', () => {
    fc.assert(
      fc.property(itemsArb(['done', 'n/a']), openMustHaveArb(['sponsorship']), (items, open) => {
        expect(assessReadiness(projectWithItems([open, ...items]), today).level).toBe('not-ready');
      }),
    );
    fc.assert(
      fc.property(itemsArb(), openMustHaveArb(['sponsorship']), (items, open) => {
        expect(assessReadiness(projectWithItems([...items, open]), today).level).toBe('not-ready');
      }),
    );
  });

  it('reaches preparing once sponsorship must-haves are done while another go-to-market must-have is open', () => {
    fc.assert(
      fc.property(
        itemsArb(['done', 'n/a']),
        openMustHaveArb(goToMarketAreas.filter((area) => area !== 'sponsorship')),
        (items, open) => {
          expect(assessReadiness(projectWithItems([...items, open]), today).level).toBe('preparing');
        },
      ),
    );
  });

  it('never drops a level when an item is marked done', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, ([items, index]) => {
        expect(levelIndex(withStatus(items, index, 'done'))).toBeGreaterThanOrEqual(levelIndex(items));
      }),
    );
  });

  it('starts every business function template at not-ready with a score of 0', () => {
    for (const functionTemplate of businessFunctionIds) {
      const report = assessReadiness(createProject({ name: 'P', functionTemplate }), today);
      expect(report.level, functionTemplate).toBe('not-ready');
      expect(report.score, functionTemplate).toBe(0);
    }
  });
});

describe('assessReadiness: blockers, next actions, overdue and next gate', () => {
  it('lists exactly the open must-haves as blockers, in checklist order', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        expect(assessReadiness(projectWithItems(items), today).blockers).toEqual(items.filter(isOpenMustHave));
      }),
    );
  });

  it('suggests up to five open items, must-haves first, then by due date with undated last', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const { nextActions } = assessReadiness(projectWithItems(items), today);
        const open = items.filter((item) => item.status !== 'done' && item.status !== 'n/a');
        expect(nextActionCount).toBe(5);
        expect(nextActions.length).toBe(Math.min(5, open.length));
        for (const action of nextActions) {
          expect(open).toContain(action);
          expect(isOpen(action)).toBe(true);
        }
        expect(new Set(nextActions.map((a) => a.id)).size).toBe(nextActions.length);
        // Must-haves first: as many must-haves lead the list as fit.
        const openMustHaves = open.filter((item) => item.mustHave).length;
        const leading = Math.min(openMustHaves, nextActions.length);
        nextActions.forEach((action, i) => expect(action.mustHave).toBe(i < leading));
        for (let i = 1; i < nextActions.length; i += 1) {
          const a = nextActions[i - 1];
          const b = nextActions[i];
          if (!a || !b || a.mustHave !== b.mustHave) continue;
          if (a.dueDate === null) expect(b.dueDate).toBeNull();
          else if (b.dueDate !== null) expect(a.dueDate <= b.dueDate).toBe(true);
        }
      }),
    );
  });

  it('picks the earliest-due open items within the same must-have group', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const { nextActions } = assessReadiness(projectWithItems(items), today);
        const last = nextActions.at(-1);
        if (!last) return;
        const left = items.filter((item) => isOpen(item) && !nextActions.includes(item));
        for (const item of left) {
          // Nothing left out ranks strictly before the last suggestion.
          if (item.mustHave !== last.mustHave) expect(last.mustHave).toBe(true);
          else expect(dueKey(item) >= dueKey(last)).toBe(true);
        }
      }),
    );
  });

  it('lists as overdue exactly the open items due before today', () => {
    fc.assert(
      fc.property(itemsArb(), fc.constantFrom('2025-01-01', ...dueDays, '2025-12-31'), (items, day) => {
        const expected = items.filter((item) => isOpen(item) && item.dueDate !== null && item.dueDate < day);
        expect(assessReadiness(projectWithItems(items), day).overdue).toEqual(expected);
      }),
    );
  });

  it('has no next gate exactly at ready-to-contract, and otherwise gates the following level on open must-haves', () => {
    fc.assert(
      fc.property(itemsArb(['done', 'done', 'n/a', 'in-progress', 'todo']), (items) => {
        const report = assessReadiness(projectWithItems(items), today);
        if (report.level === 'ready-to-contract') {
          expect(report.nextGate).toBeNull();
          return;
        }
        const gate = report.nextGate;
        expect(gate).not.toBeNull();
        if (!gate) return;
        expect(gate.level).toBe(readinessLevels[readinessLevels.indexOf(report.level) + 1]);
        for (const missing of gate.missing) {
          expect(items).toContain(missing);
          expect(isOpenMustHave(missing)).toBe(true);
        }
        // A gate that is not met names something to do: a missing item or a score shortfall.
        expect(gate.missing.length > 0 || (gate.scoreShortfall ?? 0) > 0).toBe(true);
      }),
    );
  });
});
