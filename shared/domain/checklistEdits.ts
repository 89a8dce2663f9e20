import { checklistArea } from '../catalog/checklistAreas';
import type { ChecklistAreaId, ChecklistItem, ItemStatus } from '../model/checklist';
import { ChecklistItemSchema } from '../model/checklist';
import type { ItemStage } from '../model/checklistStages';

/** Pure edits of a checklist's items; each returns a new array and leaves the input untouched. */

/**
 * The status a single key press moves to: to do → in progress → done → to do. N/a is chosen on purpose, and for
 * a must-have only with a reason (`waiveItem`).
 */
export function nextStatus(status: ItemStatus): ItemStatus {
  switch (status) {
    case 'todo':
      return 'in-progress';
    case 'in-progress':
      return 'done';
    default:
      return 'todo';
  }
}

/** Sets an item's status, stamping `completedAt` when it becomes done and clearing it when it stops being done. */
export function setItemStatus(
  items: readonly ChecklistItem[],
  id: string,
  status: ItemStatus,
  now: Date,
): ChecklistItem[] {
  return items.map((item) => {
    if (item.id !== id || item.status === status) return item;
    return { ...item, status, completedAt: status === 'done' ? now.toISOString() : null };
  });
}

/** Marks an item not applicable with the reason why, in one edit; for a must-have, the reason makes it a waiver. */
export function waiveItem(items: readonly ChecklistItem[], id: string, reason: string, now: Date): ChecklistItem[] {
  return updateItem(setItemStatus(items, id, 'n/a', now), id, { naReason: reason.trim() });
}

export type ItemPatch = Partial<
  Pick<ChecklistItem, 'title' | 'owner' | 'dueDate' | 'notes' | 'naReason' | 'evidence' | 'stage'>
>;

export function updateItem(items: readonly ChecklistItem[], id: string, patch: ItemPatch): ChecklistItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

/** Adds a user's own item at the end of its area; unless given, its stage is the area's usual one. */
export function addCustomItem(
  items: readonly ChecklistItem[],
  input: { id: string; areaId: ChecklistAreaId; title: string; mustHave?: boolean; stage?: ItemStage },
): ChecklistItem[] {
  const item = ChecklistItemSchema.parse({
    stage: checklistArea(input.areaId).defaultStage,
    ...input,
    custom: true,
    source: 'Your own item',
  });
  return insertAtEndOfArea(items, item);
}

/** Inserts after the last item of the same area, or at the end when the area has none yet. */
export function insertAtEndOfArea(items: readonly ChecklistItem[], item: ChecklistItem): ChecklistItem[] {
  const lastOfArea = items.findLastIndex((existing) => existing.areaId === item.areaId);
  const next = [...items];
  next.splice(lastOfArea === -1 ? next.length : lastOfArea + 1, 0, item);
  return next;
}

/** Whether the user may delete an item: their own, or one the catalog has retired. Catalog items are marked n/a instead. */
export const isRemovable = (item: ChecklistItem) => item.custom || item.retired;

/** Removes a custom or retired item; items from the catalog are never deleted. */
export function removeCustomItem(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  return items.filter((item) => item.id !== id || !isRemovable(item));
}

/** Moves an item one place up (-1) or down (+1) among the items of its area. */
export function moveItem(items: readonly ChecklistItem[], id: string, direction: -1 | 1): ChecklistItem[] {
  const from = items.findIndex((item) => item.id === id);
  const item = items[from];
  if (!item) return [...items];
  let to = from + direction;
  while (to >= 0 && to < items.length && items[to]?.areaId !== item.areaId) to += direction;
  const other = items[to];
  if (!other || other.areaId !== item.areaId) return [...items];
  const next = [...items];
  next[from] = other;
  next[to] = item;
  return next;
}
