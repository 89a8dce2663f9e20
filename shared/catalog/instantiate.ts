import type { BusinessFunctionId } from '../model/businessFunctions';
import { ChecklistItemSchema, type ChecklistItem } from '../model/checklist';
import { catalogSources } from './sources';
import { formatSource } from './sourceText';
import { catalogItems } from './checklistItems';
import { functionTemplate } from './templates';
import { insertAtEndOfArea } from '../domain/checklistEdits';
import type { CatalogItem } from './types';

const templates = new Map<BusinessFunctionId, readonly ChecklistItem[]>();

/**
 * The checklist items a project for this function starts from: the common catalog, re-weighted, plus the function's
 * own. Built once per function (the checklist asks on every edit whether the template has items it lacks); items
 * are never changed in place, so the same ones can start every project.
 */
export function templateItems(functionId: BusinessFunctionId): ChecklistItem[] {
  let items = templates.get(functionId);
  if (!items) {
    const template = functionTemplate(functionId);
    const reweights = new Map(template.reweight.map((r) => [r.itemId, r]));
    items = [...catalogItems, ...template.extraItems].map((entry) => {
      const reweight = reweights.get(entry.id);
      return Object.freeze(
        toChecklistItem({
          ...entry,
          weight: reweight?.weight ?? entry.weight,
          mustHave: reweight?.mustHave ?? entry.mustHave,
        }),
      );
    });
    templates.set(functionId, items);
  }
  return [...items];
}

function toChecklistItem(entry: CatalogItem): ChecklistItem {
  const source = catalogSources[entry.source];
  return ChecklistItemSchema.parse({
    id: entry.id,
    areaId: entry.areaId,
    title: entry.title,
    guidance: entry.guidance,
    weight: entry.weight,
    mustHave: entry.mustHave,
    stage: entry.stage,
    source: formatSource(source.label, entry.sourceDetail),
  });
}

/**
 * The items of a function's template that a checklist does not have yet, in template order: after a switch of
 * function, or in a file made before the catalog gained them.
 */
export function missingTemplateItems(items: readonly ChecklistItem[], functionId: BusinessFunctionId): ChecklistItem[] {
  const have = new Set(items.map((item) => item.id));
  return templateItems(functionId).filter((item) => !have.has(item.id));
}

/**
 * Adds a function template's missing items to a checklist (in template order, at the end of their area), when
 * switching to another function or taking in the catalog's new items; nothing is removed and no item the user
 * worked on is changed.
 */
export function mergeTemplate(items: readonly ChecklistItem[], functionId: BusinessFunctionId): ChecklistItem[] {
  return missingTemplateItems(items, functionId).reduce<ChecklistItem[]>(
    (merged, added) => insertAtEndOfArea(merged, added),
    [...items],
  );
}
