import type { z } from 'zod';
import { BriefingSettingsSchema } from './briefing';
import { ChecklistSchema } from './checklist';
import { CostsSchema } from './costs';
import { PlanSchema } from './plan';
import { ProjectSchema } from './project';
import type { ProjectChanges } from './projectDelta';
import { VendorEvaluationSchema } from './vendors';

export * from './projectDelta';

/** What a save request carries, checked at the IPC edge: the project with its unchanged sections left out. */
export const ProjectChangesSchema = ProjectSchema.extend({
  checklist: ChecklistSchema.optional(),
  costs: CostsSchema.optional(),
  vendors: VendorEvaluationSchema.optional(),
  plan: PlanSchema.optional(),
  briefing: BriefingSettingsSchema.optional(),
});
// The schema and the hand-written type describe the same shape.
const sameShape: z.infer<typeof ProjectChangesSchema> extends ProjectChanges ? true : never = true;
void sameShape;
