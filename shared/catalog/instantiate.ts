import type { BusinessFunctionId } from '../model/businessFunctions';
import { ChecklistItemSchema, type ChecklistItem } from '../model/checklist';
import { catalogSources } from './sources';
import { formatSource } from './sourceText';
import { catalogItems } from './checklistItems';
import { functionTemplate } from './templates';
import { insertAtEndOfArea } from '../domain/checklistEdits';
import type { CatalogItem } from './types';

/** The checklist items a project for this function starts from: the common catalog, re-weighted, plus the function's own. */
export function templateItems(functionId: BusinessFunctionId): ChecklistItem[] {
  const template = functionTemplate(functionId);
  const reweights = new Map(template.reweight.map((r) => [r.itemId, r]));
  return [...catalogItems, ...template.extraItems].map((entry) => {
    const reweight = reweights.get(entry.id);
    return toChecklistItem({
      ...entry,
      weight: reweight?.weight ?? entry.weight,
      mustHave: reweight?.mustHave ?? entry.mustHave,
    });
  });
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
    source: formatSource(source.label, entry.sourceDetail),
  });
}

/**
 * Switches a checklist to another function's template: items the new template has and the checklist lacks
 * are added (in template order, at the end of their area); nothing is removed and no item the user worked
 * on is changed.
 */
export function mergeTemplate(items: readonly ChecklistItem[], functionId: BusinessFunctionId): ChecklistItem[] {
  const have = new Set(items.map((item) => item.id));
  return templateItems(functionId)
    .filter((item) => !have.has(item.id))
    .reduce<ChecklistItem[]>((merged, added) => insertAtEndOfArea(merged, added), [...items]);
}
