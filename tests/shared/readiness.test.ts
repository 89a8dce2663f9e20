import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  gateScore,
  isBlocker,
  isOpen,
  isWaived,
  nextActionCount,
  readinessLevels,
  weightedScore,
} from '../../shared/domain/readiness';
import { gateStages, type ReadinessLevel } from '../../shared/domain/readinessLabels';
import { businessFunctionIds } from '../../shared/model/businessFunctions';
import {
  checklistAreaIds,
  ChecklistItemSchema,
  itemStatuses,
  type ChecklistAreaId,
  type ChecklistItem,
  type ItemStatus,
} from '../../shared/model/checklist';
import { itemStages, type ItemStage } from '../../shared/model/checklistStages';
import { createProject } from '../../shared/model/project';
import { dueDays, projectWithItems } from './support/projects';

const today = '2025-02-01';
const reasons = ['', ' ', '\n\t', 'We take no card payments by phone.'] as const;

interface ItemFields {
  areaId: ChecklistAreaId;
  stage: ItemStage;
  status: ItemStatus;
  weight: number;
  mustHave: boolean;
  dueDate: string | null;
  naReason: string;
}

const fieldsArb = (statuses: readonly ItemStatus[] = itemStatuses): fc.Arbitrary<ItemFields> =>
  fc.record({
    areaId: fc.constantFrom(...checklistAreaIds),
    stage: fc.constantFrom(...itemStages),
    status: fc.constantFrom(...statuses),
    weight: fc.integer({ min: 1, max: 3 }),
    mustHave: fc.boolean(),
    dueDate: fc.option(fc.constantFrom(...dueDays), { nil: null }),
    naReason: fc.constantFrom(...reasons),
  });

function makeItem(id: string, fields: Partial<ItemFields>): ChecklistItem {
  return ChecklistItemSchema.parse({
    id,
    areaId: 'process',
    title: `Item ${id}`,
    ...fields,
    completedAt: fields.status === 'done' ? '2025-01-01T09:00:00.000Z' : null,
  });
}

const itemsArb = (statuses?: readonly ItemStatus[], maxLength = 30): fc.Arbitrary<ChecklistItem[]> =>
  fc
    .array(fieldsArb(statuses), { maxLength })
    .map((all) => all.map((fields, index) => makeItem(`item-${index}`, fields)));

/** Mostly done, so that every level is reached often enough to test. */
const advancedItemsArb = itemsArb(['done', 'done', 'done', 'done', 'done', 'n/a', 'in-progress', 'todo']);

const nonEmptyItemsArb = (statuses?: readonly ItemStatus[]) => itemsArb(statuses).filter((items) => items.length > 0);

/** Items plus the index of one of them. */
const itemsWithIndexArb = fc
  .oneof(
    nonEmptyItemsArb(),
    advancedItemsArb.filter((items) => items.length > 0),
  )
  .chain((items) => fc.tuple(fc.constant(items), fc.integer({ min: 0, max: items.length - 1 })));

function withFields(items: readonly ChecklistItem[], index: number, fields: Partial<ChecklistItem>): ChecklistItem[] {
  return items.map((item, i) => (i === index ? { ...item, ...fields } : item));
}

const report = (items: readonly ChecklistItem[]) => assessReadiness(projectWithItems(items), today);
const levelIndex = (items: readonly ChecklistItem[]) => readinessLevels.indexOf(report(items).level);
const dueKey = (item: ChecklistItem) => item.dueDate ?? '9999-12-31';
const stageIndex = (stage: ItemStage) => itemStages.indexOf(stage);
/** Sorts like the next actions: must-haves first, then the earliest stage, then by due date. */
const urgencyKey = (item: ChecklistItem) => `${item.mustHave ? 0 : 1}|${stageIndex(item.stage)}|${dueKey(item)}`;

/** The score formula, written out again: weighted share of applicable items done, in progress counting half. */
function independentScore(items: readonly ChecklistItem[]): number | null {
  const credit: Record<ItemStatus, number> = { todo: 0, 'in-progress': 0.5, done: 1, 'n/a': 0 };
  const applicable = items.filter((item) => item.status !== 'n/a');
  const possible = applicable.reduce((sum, item) => sum + item.weight, 0);
  const earned = applicable.reduce((sum, item) => sum + item.weight * credit[item.status], 0);
  return possible === 0 ? null : (100 * earned) / possible;
}

/** The gate rules of the handbook, written out again, level by level. */
function independentLevel(items: readonly ChecklistItem[]): ReadinessLevel {
  const steps: Array<[ReadinessLevel, ItemStage, boolean]> = [
    ['preparing', 'preparing', false],
    ['ready-for-vendors', 'vendors', false],
    ['ready-to-contract', 'contract', true],
    ['ready-to-transfer', 'transfer', true],
  ];
  let level: ReadinessLevel = 'not-ready';
  for (const [next, stage, scored] of steps) {
    const due = items.filter((item) => stageIndex(item.stage) <= stageIndex(stage));
    const blocked = due.some(
      (item) => item.mustHave && item.status !== 'done' && !(item.status === 'n/a' && item.naReason.trim() !== ''),
    );
    const anyDone = due.some((item) => item.status === 'done');
    const score = independentScore(due);
    if (blocked || !anyDone || (scored && (score === null || score < 85))) break;
    level = next;
  }
  return level;
}

describe('assessReadiness: score', () => {
  it('lies within [0, 100], and is null exactly when no item applies', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const { score } = report(items);
        const applies = items.some((item) => item.status !== 'n/a');
        if (!applies) expect(score).toBeNull();
        else {
          expect(score).not.toBeNull();
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('gives nothing to assess — no score, never 0 or 100 — for an empty checklist or one that is all n/a', () => {
    expect(report([]).score).toBeNull();
    fc.assert(
      fc.property(itemsArb(['n/a']), (items) => {
        const result = report(items);
        expect(result.score).toBeNull();
        expect(result.level).toBe('not-ready');
        for (const gate of result.gates) expect(gate.score).toBeNull();
      }),
    );
  });

  it('is 100 when every applicable item is done', () => {
    fc.assert(
      fc.property(
        nonEmptyItemsArb(['done', 'n/a']).filter((items) => items.some((item) => item.status === 'done')),
        (items) => {
          expect(report(items).score).toBe(100);
        },
      ),
    );
  });

  it('never goes down when an item is marked done, whatever its status was (n/a included)', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, ([items, index]) => {
        const before = report(items).score ?? 0;
        const after = report(withFields(items, index, { status: 'done' })).score;
        expect(after).not.toBeNull();
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('drops n/a items from the denominator: setting an item n/a leaves the score of the other items', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, ([items, index]) => {
        const others = items.filter((_, i) => i !== index);
        expect(report(withFields(items, index, { status: 'n/a' })).score).toBe(weightedScore(others));
      }),
    );
  });

  it('matches an independent weighted share of applicable items (in progress counts half)', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const expected = independentScore(items);
        const { score } = report(items);
        if (expected === null) expect(score).toBeNull();
        else expect(score).toBeCloseTo(expected, 9);
      }),
    );
  });

  it('counts an item in progress as half done', () => {
    for (const weight of [1, 2, 3]) {
      expect(report([makeItem('a', { status: 'in-progress', weight })]).score).toBe(50);
    }
  });

  it('gives an area whose items are all n/a a null score, and other areas a number', () => {
    fc.assert(
      fc.property(itemsArb(), fc.constantFrom(...checklistAreaIds), (items, area) => {
        const allNa = items.map((item) => (item.areaId === area ? { ...item, status: 'n/a' as const } : item));
        const result = report(allNa);
        expect(result.areas.find((a) => a.areaId === area)?.score).toBeNull();
        for (const areaReport of result.areas) {
          const hasApplicable = allNa.some((item) => item.areaId === areaReport.areaId && item.status !== 'n/a');
          expect(areaReport.score === null).toBe(!hasApplicable);
        }
      }),
    );
  });

  it('reports one entry per area with counts that match the items', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const result = report(items);
        expect(result.areas.map((a) => a.areaId)).toEqual([...checklistAreaIds]);
        for (const area of result.areas) {
          const own = items.filter((item) => item.areaId === area.areaId);
          expect(area.total).toBe(own.length);
          expect(area.done).toBe(own.filter((item) => item.status === 'done').length);
          expect(area.applicable).toBe(own.filter((item) => item.status !== 'n/a').length);
          expect(area.blockers).toBe(own.filter(isBlocker).length);
        }
      }),
    );
  });
});

describe('assessReadiness: levels and gates', () => {
  it('climbs the five levels exactly by the handbook’s gate rules', () => {
    fc.assert(
      fc.property(fc.oneof(itemsArb(), advancedItemsArb), (items) => {
        expect(report(items).level).toBe(independentLevel(items));
      }),
      { numRuns: 500 },
    );
  });

  it('reaches every level on some checklist (the generators exercise the whole ladder)', () => {
    const seen = new Set(fc.sample(advancedItemsArb, 2000).map((items) => report(items).level));
    expect([...seen].toSorted()).toEqual([...readinessLevels].toSorted());
  });

  it('never drops a level when an item is marked done', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, ([items, index]) => {
        expect(levelIndex(withFields(items, index, { status: 'done' }))).toBeGreaterThanOrEqual(levelIndex(items));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the project below the level a blocker’s stage gates, and lists the blocker at that gate and after', () => {
    fc.assert(
      fc.property(
        fc.oneof(itemsArb(), advancedItemsArb),
        fieldsArb(['todo', 'in-progress', 'n/a']),
        fc.nat(),
        (items, fields, at) => {
          const open = makeItem('open-must-have', {
            ...fields,
            mustHave: true,
            naReason: fields.status === 'n/a' ? '' : fields.naReason,
          });
          const position = at % (items.length + 1);
          const all = [...items.slice(0, position), open, ...items.slice(position)];
          const result = report(all);
          expect(result.blockers).toContain(open);
          expect(result.level).not.toBe('ready-to-transfer');
          const gated = readinessLevels.find((level) => level !== 'not-ready' && gateStages[level] === open.stage);
          expect(readinessLevels.indexOf(result.level)).toBeLessThan(readinessLevels.indexOf(gated ?? 'not-ready'));
          for (const gate of result.gates.filter((g) => stageIndex(g.stage) >= stageIndex(open.stage))) {
            expect(gate.met).toBe(false);
            expect(gate.missing).toContain(open);
          }
        },
      ),
    );
  });

  it('never counts a waiver without a reason: a must-have n/a with a blank reason blocks as if it were to do', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, fc.constantFrom('', ' ', '\n\t'), ([items, index], blank) => {
        const unexplained = withFields(items, index, { mustHave: true, status: 'n/a', naReason: blank });
        const todo = withFields(items, index, { mustHave: true, status: 'todo', naReason: blank });
        const result = report(unexplained);
        const item = unexplained[index];
        expect(result.level).toBe(report(todo).level);
        expect(result.blockers).toContain(item);
        expect(result.waivers).not.toContain(item);
        expect(result.nextActions.length).toBeGreaterThan(0);
      }),
    );
  });

  it('counts a must-have n/a with a written reason as a waiver: listed, and not a blocker', () => {
    fc.assert(
      fc.property(itemsWithIndexArb, ([items, index]) => {
        const waived = withFields(items, index, { mustHave: true, status: 'n/a', naReason: 'Handled by our bank.' });
        const result = report(waived);
        const item = waived[index];
        expect(result.waivers).toContain(item);
        expect(result.blockers).not.toContain(item);
        expect(result.waivers).toEqual(waived.filter(isWaived));
      }),
    );
  });

  it('never reaches a level on waivers alone: a gate needs one item due by then actually done', () => {
    fc.assert(
      fc.property(itemsArb(['n/a', 'todo', 'in-progress']), (items) => {
        const waived = items.map((item) => ({ ...item, naReason: 'Not for us.' }));
        expect(report(waived).level).toBe('not-ready');
      }),
    );
    // Every must-have waived and nothing done: still not ready, with nothing to assess.
    const allWaived = [
      makeItem('a', { mustHave: true, stage: 'preparing', status: 'n/a', naReason: 'Owner decides alone.' }),
      makeItem('b', { mustHave: true, stage: 'vendors', status: 'n/a', naReason: 'One bidder only.' }),
    ];
    const result = report(allWaived);
    expect(result.level).toBe('not-ready');
    expect(result.score).toBeNull();
    expect(result.nextGate?.needsDoneItem).toBe(true);
  });

  it('asks for a score of 85 over the items due by signing to contract, and over all items to transfer', () => {
    const items = [
      makeItem('sponsor', { mustHave: true, stage: 'preparing', status: 'done' }),
      makeItem('contract', { stage: 'contract', status: 'done', weight: 3 }),
      makeItem('later', { stage: 'transfer', status: 'todo', weight: 3 }),
    ];
    const result = report(items);
    expect(result.level).toBe('ready-to-contract');
    expect(result.nextGate).toMatchObject({ level: 'ready-to-transfer', scoreShortfall: gateScore - (100 * 5) / 8 });
    const lower = report(withFields(items, 1, { status: 'in-progress' }));
    expect(lower.level).toBe('ready-for-vendors');
    expect(lower.nextGate?.level).toBe('ready-to-contract');
    expect(lower.nextGate?.score).toBeCloseTo((100 * 3.5) / 5, 9);
  });

  it('lists every gate in ladder order, the next gate being the first one not met', () => {
    fc.assert(
      fc.property(fc.oneof(itemsArb(), advancedItemsArb), (items) => {
        const result = report(items);
        expect(result.gates.map((gate) => gate.level)).toEqual(readinessLevels.slice(1));
        expect(result.gates.map((gate) => gate.stage)).toEqual([...itemStages]);
        expect(result.nextGate).toEqual(result.gates.find((gate) => !gate.met) ?? null);
        if (result.level === 'ready-to-transfer') expect(result.nextGate).toBeNull();
        const gate = result.nextGate;
        if (!gate) return;
        expect(gate.level).toBe(readinessLevels[readinessLevels.indexOf(result.level) + 1]);
        for (const missing of gate.missing) {
          expect(isBlocker(missing)).toBe(true);
          expect(stageIndex(missing.stage)).toBeLessThanOrEqual(stageIndex(gate.stage));
        }
        // A gate that is not met names something to do.
        expect(gate.missing.length > 0 || gate.needsDoneItem || (gate.scoreShortfall ?? 0) > 0).toBe(true);
      }),
    );
  });

  it('starts every business function template at not-ready with a score of 0', () => {
    for (const functionTemplate of businessFunctionIds) {
      const result = assessReadiness(createProject({ name: 'P', functionTemplate }), today);
      expect(result.level, functionTemplate).toBe('not-ready');
      expect(result.score, functionTemplate).toBe(0);
      expect(result.nextGate?.missing.map((item) => item.id)).toEqual(['sponsorship.sponsor-named']);
    }
  });

  it('walks a new project up the ladder as its must-haves are done stage by stage', () => {
    let items = createProject({ name: 'P', functionTemplate: 'customer-service' }).checklist.items;
    const levels = [report(items).level];
    for (const stage of itemStages) {
      items = items.map((item) => (item.stage === stage ? { ...item, status: 'done' as const } : item));
      levels.push(report(items).level);
    }
    expect(levels).toEqual(['not-ready', ...readinessLevels.slice(1)]);
  });
});

describe('assessReadiness: blockers, waivers, next actions, stages and overdue', () => {
  it('lists exactly the must-haves neither done nor waived as blockers, in checklist order', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const expected = items.filter(
          (item) => item.mustHave && item.status !== 'done' && !(item.status === 'n/a' && item.naReason.trim() !== ''),
        );
        expect(report(items).blockers).toEqual(expected);
      }),
    );
  });

  it('suggests up to five items that need something done: must-haves first, then by stage, then by due date', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const { nextActions } = report(items);
        const needing = items.filter((item) => isOpen(item) || isBlocker(item));
        expect(nextActionCount).toBe(5);
        expect(nextActions.length).toBe(Math.min(5, needing.length));
        for (const action of nextActions) expect(needing).toContain(action);
        expect(new Set(nextActions.map((a) => a.id)).size).toBe(nextActions.length);
        for (let i = 1; i < nextActions.length; i += 1) {
          const a = nextActions[i - 1];
          const b = nextActions[i];
          if (!a || !b) continue;
          if (a.mustHave !== b.mustHave) {
            expect(a.mustHave).toBe(true);
            continue;
          }
          if (a.stage !== b.stage) {
            expect(stageIndex(a.stage)).toBeLessThan(stageIndex(b.stage));
            continue;
          }
          expect(dueKey(a) <= dueKey(b)).toBe(true);
        }
      }),
    );
  });

  it('leaves out of the next actions nothing more urgent than the last one shown', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const { nextActions } = report(items);
        const last = nextActions.at(-1);
        if (!last) return;
        const left = items.filter((item) => (isOpen(item) || isBlocker(item)) && !nextActions.includes(item));
        for (const item of left) expect(urgencyKey(item) >= urgencyKey(last)).toBe(true);
      }),
    );
  });

  it('groups the items that need action by the stage they are needed by', () => {
    fc.assert(
      fc.property(itemsArb(), (items) => {
        const { stages } = report(items);
        expect(stages.map((s) => s.stage)).toEqual([...itemStages]);
        for (const { stage, open, blockers } of stages) {
          const expected = items.filter((item) => item.stage === stage && (isOpen(item) || isBlocker(item)));
          expect(open.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(
            expected.toSorted((a, b) => a.id.localeCompare(b.id)),
          );
          expect(blockers).toBe(expected.filter(isBlocker).length);
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
});
