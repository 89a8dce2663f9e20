import { isBlocker, isOverdue, isWaived } from '../../domain/readiness';
import type { ChecklistItem } from '../../model/checklist';
import { itemStatusLabels } from '../../model/checklistConstants';
import { dayText } from '../words';

/** How a checklist item's state reads in the briefing: a must-have marked n/a is waived, or still missing its reason. */
export function itemState(item: ChecklistItem): string {
  if (isWaived(item)) return 'Waived';
  if (item.status === 'n/a' && isBlocker(item)) return 'Not applicable, reason missing';
  return itemStatusLabels[item.status];
}

/** "owner Priya Nair, due 12 Mar 2026", or what is missing of it, in a few words. */
export function ownerAndDue(item: ChecklistItem, today: string): string {
  const owner = item.owner.trim() === '' ? 'no owner yet' : `owner ${item.owner.trim()}`;
  if (item.dueDate === null) return `${owner}, no due date`;
  return `${owner}, ${isOverdue(item, today) ? 'overdue since' : 'due'} ${dayText(item.dueDate)}`;
}
