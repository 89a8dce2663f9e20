import { z } from 'zod';
import { checklistAreaIds, itemStatuses } from './checklistConstants';
import { itemStages } from './checklistStages';
import { Id, IsoDate, IsoDateTime, Text } from './schemaParts';

export {
  checklistAreaIds,
  itemStatusLabels,
  itemStatuses,
  type ChecklistAreaId,
  type ItemStatus,
} from './checklistConstants';

export const EvidenceSchema = z.object({
  label: Text(200),
  /** A link (https://…) or a file path on the user's machine. */
  target: Text(2000),
});

/** One readiness item: the catalog's content plus the project's progress on it. */
export const ChecklistItemSchema = z.object({
  id: Id,
  areaId: z.enum(checklistAreaIds),
  title: Text(300).min(1),
  guidance: Text(2000).default(''),
  weight: z.number().int().min(1).max(3).default(2),
  mustHave: z.boolean().default(false),
  /** The gate it must be done by; a must-have blocks the levels from this stage on. */
  stage: z.enum(itemStages).default('vendors'),
  source: Text(200).default(''),
  /** Added by the user rather than by a template. */
  custom: z.boolean().default(false),
  /** A catalog item the catalog no longer has: kept with the work done on it, and the user may delete it. */
  retired: z.boolean().default(false),
  status: z.enum(itemStatuses).default('todo'),
  owner: Text(200).default(''),
  dueDate: IsoDate.nullable().default(null),
  notes: Text().default(''),
  evidence: z.array(EvidenceSchema).max(100).default([]),
  /** Why it does not apply; for a must-have, the reason that makes `n/a` a waiver instead of a blocker. */
  naReason: Text(1000).default(''),
  completedAt: IsoDateTime.nullable().default(null),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z.object({
  items: z.array(ChecklistItemSchema).max(2000).default([]),
});
export type Checklist = z.infer<typeof ChecklistSchema>;
