import { isOpen, isOverdue } from '../../../shared/domain/readiness';
import type { ChecklistAreaId, ChecklistItem, ItemStatus } from '../../../shared/model/checklist';
import type { ItemStage } from '../../../shared/model/checklistStages';

export interface ChecklistFilter {
  search: string;
  status: 'all' | 'open' | ItemStatus;
  /** An owner's name, '' for items nobody owns yet, or null for everyone. */
  owner: string | null;
  area: ChecklistAreaId | 'all';
  /** Items needed by exactly this stage. */
  stage: ItemStage | 'all';
  mustHaveOnly: boolean;
  overdueOnly: boolean;
}

export const noFilter: ChecklistFilter = {
  search: '',
  status: 'all',
  owner: null,
  area: 'all',
  stage: 'all',
  mustHaveOnly: false,
  overdueOnly: false,
};

export function isFiltering(filter: ChecklistFilter): boolean {
  return (Object.keys(noFilter) as Array<keyof ChecklistFilter>).some((key) => filter[key] !== noFilter[key]);
}

/** Whether an item shows under the filter; `today` is an ISO day for "overdue". */
export function matchesFilter(item: ChecklistItem, filter: ChecklistFilter, today: string): boolean {
  if (filter.status === 'open' ? !isOpen(item) : filter.status !== 'all' && item.status !== filter.status) return false;
  if (filter.owner !== null && item.owner.trim() !== filter.owner) return false;
  if (filter.area !== 'all' && item.areaId !== filter.area) return false;
  if (filter.stage !== 'all' && item.stage !== filter.stage) return false;
  if (filter.mustHaveOnly && !item.mustHave) return false;
  if (filter.overdueOnly && !isOverdue(item, today)) return false;
  const search = filter.search.trim().toLowerCase();
  if (search) {
    const haystack = `${item.title}\n${item.notes}\n${item.owner}\n${item.guidance}`.toLowerCase();
    if (!search.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}
