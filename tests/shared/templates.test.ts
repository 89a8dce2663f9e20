import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogItems } from '../../shared/catalog/checklistItems';
import { mergeTemplate, missingTemplateItems, templateItems } from '../../shared/catalog/instantiate';
import { functionTemplate } from '../../shared/catalog/templates';
import { addCustomItem } from '../../shared/domain/checklistEdits';
import { businessFunctionIds } from '../../shared/model/businessFunctions';
import { checklistAreaIds, itemStatuses, type ChecklistItem } from '../../shared/model/checklist';
import { itemStages } from '../../shared/model/checklistStages';
import { createProject } from '../../shared/model/project';

const byId = (a: ChecklistItem, b: ChecklistItem) => a.id.localeCompare(b.id);

describe('templateItems', () => {
  it.each(businessFunctionIds)('gives %s unique ids covering the catalog and the template’s own items', (fn) => {
    const items = templateItems(fn);
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of catalogItems) expect(ids).toContain(entry.id);
    const template = functionTemplate(fn);
    for (const extra of template.extraItems) {
      const item = items.find((candidate) => candidate.id === extra.id);
      expect(item).toBeDefined();
      expect(item).toMatchObject({
        areaId: extra.areaId,
        title: extra.title,
        guidance: extra.guidance,
        weight: extra.weight,
        mustHave: extra.mustHave,
        stage: extra.stage,
      });
    }
    expect(items).toHaveLength(catalogItems.length + template.extraItems.length);
  });

  it.each(businessFunctionIds)('applies the re-weights of %s and keeps other catalog items as they are', (fn) => {
    const items = templateItems(fn);
    const reweights = new Map(functionTemplate(fn).reweight.map((r) => [r.itemId, r]));
    for (const entry of catalogItems) {
      const item = items.find((candidate) => candidate.id === entry.id);
      const reweight = reweights.get(entry.id);
      expect(item?.weight, entry.id).toBe(reweight?.weight ?? entry.weight);
      expect(item?.mustHave, entry.id).toBe(reweight?.mustHave ?? entry.mustHave);
      expect(item?.areaId, entry.id).toBe(entry.areaId);
      expect(item?.title, entry.id).toBe(entry.title);
      expect(item?.stage, entry.id).toBe(entry.stage);
    }
    // Every re-weight names an item the checklist has.
    for (const itemId of reweights.keys()) expect(items.map((item) => item.id)).toContain(itemId);
  });

  it.each(businessFunctionIds)('starts every %s item untouched: to do, no owner, no notes, with a source', (fn) => {
    for (const item of templateItems(fn)) {
      expect(item.status).toBe('todo');
      expect(item.owner).toBe('');
      expect(item.notes).toBe('');
      expect(item.dueDate).toBeNull();
      expect(item.completedAt).toBeNull();
      expect(item.evidence).toEqual([]);
      expect(item.custom).toBe(false);
      expect(item.retired).toBe(false);
      expect(itemStages).toContain(item.stage);
      expect(item.source.trim()).not.toBe('');
      expect([1, 2, 3]).toContain(item.weight);
    }
  });

  /** The must-haves of each template after its re-weights, by the stage they gate: about a dozen real gates. */
  const mustHavesByStage: Record<string, Record<string, number>> = {
    'customer-service': { preparing: 1, vendors: 4, contract: 6, transfer: 1 },
    collections: { preparing: 1, vendors: 5, contract: 6, transfer: 1 },
    'travel-management': { preparing: 1, vendors: 5, contract: 6, transfer: 1 },
    'hr-administration': { preparing: 1, vendors: 4, contract: 7, transfer: 1 },
    'finance-accounting': { preparing: 1, vendors: 4, contract: 7, transfer: 1 },
    'it-help-desk': { preparing: 1, vendors: 4, contract: 7, transfer: 1 },
  };

  it.each(businessFunctionIds)('gives %s about a dozen must-haves, spread over every stage', (fn) => {
    const mustHaves = templateItems(fn).filter((item) => item.mustHave);
    expect(mustHaves.length).toBeGreaterThanOrEqual(10);
    expect(mustHaves.length).toBeLessThanOrEqual(14);
    const byStage = Object.fromEntries(
      itemStages.map((stage) => [stage, mustHaves.filter((item) => item.stage === stage).length]),
    );
    expect(byStage).toEqual(mustHavesByStage[fn]);
    // Only the sponsor gates the start; every later gate has must-haves of its own.
    expect(mustHaves.filter((item) => item.stage === 'preparing').map((item) => item.id)).toEqual([
      'sponsorship.sponsor-named',
    ]);
  });

  it.each(businessFunctionIds)('makes %s’s own must-haves gates of going to market or signing', (fn) => {
    for (const extra of functionTemplate(fn).extraItems.filter((item) => item.mustHave))
      expect(['vendors', 'contract'], extra.id).toContain(extra.stage);
  });

  it.each(businessFunctionIds)('is the checklist a new %s project starts with', (fn) => {
    expect(createProject({ name: 'P', functionTemplate: fn }).checklist.items).toEqual(templateItems(fn));
  });
});

describe('missingTemplateItems', () => {
  it.each(businessFunctionIds)('finds nothing missing in a new %s checklist', (fn) => {
    expect(missingTemplateItems(templateItems(fn), fn)).toEqual([]);
  });

  it('lists, in template order, exactly the template items whose ids the checklist lacks', () => {
    const full = templateItems('travel-management');
    const kept = full.filter((_, index) => index % 3 !== 0);
    expect(missingTemplateItems(kept, 'travel-management')).toEqual(full.filter((_, index) => index % 3 === 0));
    expect(missingTemplateItems([], 'travel-management')).toEqual(full);
  });
});

describe('mergeTemplate', () => {
  const functionArb = fc.constantFrom(...businessFunctionIds);

  /** A checklist from template A after some user work: statuses, owners, notes and custom items. */
  const workedChecklistArb = functionArb.chain((fn) => {
    const base = templateItems(fn);
    const editArb = fc.record(
      {
        status: fc.constantFrom(...itemStatuses),
        owner: fc.string({ maxLength: 20 }),
        notes: fc.string({ maxLength: 40 }),
        weight: fc.integer({ min: 1, max: 3 }),
        mustHave: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    return fc
      .tuple(
        fc.array(fc.option(editArb, { nil: null }), { minLength: base.length, maxLength: base.length }),
        fc.array(
          fc.record({
            areaId: fc.constantFrom(...checklistAreaIds),
            title: fc.string({ minLength: 1, maxLength: 20 }),
            mustHave: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
      )
      .map(([edits, customs]) => {
        let items: ChecklistItem[] = base.map((item, i) => {
          const edit = edits[i];
          return edit ? { ...item, ...edit } : item;
        });
        customs.forEach((custom, i) => {
          items = addCustomItem(items, { id: `custom-${i}`, ...custom });
        });
        return { from: fn, items };
      });
  });

  it('keeps every item exactly, adds exactly what template B lacks, and is idempotent', () => {
    fc.assert(
      fc.property(workedChecklistArb, functionArb, ({ items }, to) => {
        const snapshot = structuredClone(items);
        const merged = mergeTemplate(items, to);
        expect(items).toEqual(snapshot);

        const originalIds = new Set(items.map((item) => item.id));
        // Originals survive untouched and in the same order.
        expect(merged.filter((item) => originalIds.has(item.id))).toEqual(items);

        // Additions are exactly template B's missing items, as the template defines them, each area's in template order.
        const missing = templateItems(to).filter((item) => !originalIds.has(item.id));
        const added = merged.filter((item) => !originalIds.has(item.id));
        expect(added.toSorted(byId)).toEqual(missing.toSorted(byId));
        for (const area of checklistAreaIds) {
          const inArea = (item: ChecklistItem) => item.areaId === area;
          expect(added.filter(inArea)).toEqual(missing.filter(inArea));
        }
        expect(merged).toHaveLength(items.length + missing.length);
        expect(new Set(merged.map((item) => item.id)).size).toBe(merged.length);

        // Merging again changes nothing.
        expect(mergeTemplate(merged, to)).toEqual(merged);
      }),
    );
  });

  it('places each added item after every original item of its area', () => {
    fc.assert(
      fc.property(workedChecklistArb, functionArb, ({ items }, to) => {
        const originalIds = new Set(items.map((item) => item.id));
        const merged = mergeTemplate(items, to);
        merged.forEach((item, index) => {
          if (originalIds.has(item.id)) return;
          const laterOriginal = merged
            .slice(index + 1)
            .some((other) => other.areaId === item.areaId && originalIds.has(other.id));
          expect(laterOriginal).toBe(false);
        });
      }),
    );
  });

  it('adds nothing when the checklist already came from the same template', () => {
    fc.assert(
      fc.property(workedChecklistArb, ({ from, items }) => {
        expect(mergeTemplate(items, from)).toEqual(items);
      }),
    );
  });

  it('switching A → B → A keeps the work from A and gains B’s items', () => {
    const a = templateItems('customer-service').map((item, i) =>
      i % 3 === 0 ? { ...item, status: 'done' as const } : item,
    );
    const ab = mergeTemplate(a, 'collections');
    const aba = mergeTemplate(ab, 'customer-service');
    expect(aba).toEqual(ab);
    for (const extra of functionTemplate('collections').extraItems) expect(ab.map((i) => i.id)).toContain(extra.id);
  });
});
