import type { ChecklistAreaId, ChecklistItem, ItemStatus } from '../model/checklist';
import { ChecklistItemSchema } from '../model/checklist';

/** Pure edits of a checklist's items; each returns a new array and leaves the input untouched. */

/** The status a single key press moves to: to do → in progress → done → to do. N/a is chosen on purpose. */
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

export type ItemPatch = Partial<Pick<ChecklistItem, 'title' | 'owner' | 'dueDate' | 'notes' | 'naReason' | 'evidence'>>;

export function updateItem(items: readonly ChecklistItem[], id: string, patch: ItemPatch): ChecklistItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

/** Adds a user's own item at the end of its area. */
export function addCustomItem(
  items: readonly ChecklistItem[],
  input: { id: string; areaId: ChecklistAreaId; title: string; mustHave?: boolean },
): ChecklistItem[] {
  const item = ChecklistItemSchema.parse({ ...input, custom: true, source: 'Your own item' });
  return insertAtEndOfArea(items, item);
}

/** Inserts after the last item of the same area, or at the end when the area has none yet. */
export function insertAtEndOfArea(items: readonly ChecklistItem[], item: ChecklistItem): ChecklistItem[] {
  const lastOfArea = items.findLastIndex((existing) => existing.areaId === item.areaId);
  const next = [...items];
  next.splice(lastOfArea === -1 ? next.length : lastOfArea + 1, 0, item);
  return next;
}

/** Removes a custom item; items from the catalog are marked n/a instead, never deleted. */
export function removeCustomItem(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  return items.filter((item) => item.id !== id || !item.custom);
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
