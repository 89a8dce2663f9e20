/** The checklist's areas and statuses with their words; zod-free, so screens can import them cheaply. */

export const checklistAreaIds = [
  'sponsorship',
  'baseline',
  'scope',
  'process',
  'expectations',
  'relationship',
  'selection',
  'governance',
  'risk',
  'transition',
] as const;
export type ChecklistAreaId = (typeof checklistAreaIds)[number];

export const itemStatuses = ['todo', 'in-progress', 'done', 'n/a'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** How a status reads, on screen and in exports. */
export const itemStatusLabels: Record<ItemStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  'n/a': 'Not applicable',
};
