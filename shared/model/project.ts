import { z } from 'zod';
import { defaultCriteria } from '../catalog/criteria';
import { templateItems } from '../catalog/instantiate';
import { newId } from '../ids';
import { BriefingSettingsSchema } from './briefing';
import { businessFunction, businessFunctionIds, type BusinessFunctionId } from './businessFunctions';
import { ChecklistSchema } from './checklist';
import { CostsSchema } from './costs';
import { PlanSchema } from './plan';
import { IsoDateTime } from './schemaParts';
import { VendorEvaluationSchema } from './vendors';

export const projectNameMaxLength = 120;

export const ProjectNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the project a name.')
  .max(projectNameMaxLength, `Keep the name under ${projectNameMaxLength} characters.`);

/**
 * One engagement: everything the workbench knows about preparing one business function for outsourcing.
 * Every part has defaults, so a new project — or a file written before a part existed — is valid.
 */
export const ProjectSchema = z.object({
  id: z.uuid(),
  name: ProjectNameSchema,
  functionTemplate: z.enum(businessFunctionIds),
  /** ISO 4217 code used for every amount in the project. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.')
    .default('USD'),
  /** The kind of partnership the company wants (seed: transactional vs relational BPOs). */
  relationshipModel: z.enum(['undecided', 'relational', 'transactional']).default('undecided'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  checklist: ChecklistSchema.default(ChecklistSchema.parse({})),
  costs: CostsSchema.default(CostsSchema.parse({})),
  vendors: VendorEvaluationSchema.default(VendorEvaluationSchema.parse({})),
  plan: PlanSchema.default(PlanSchema.parse({})),
  briefing: BriefingSettingsSchema.default(BriefingSettingsSchema.parse({})),
});

export type Project = z.infer<typeof ProjectSchema>;

export interface NewProjectInput {
  name: string;
  functionTemplate: BusinessFunctionId;
  /** Defaults to now; passed in by callers that own a clock. */
  now?: Date;
}

/** A valid new project for the chosen business function, its checklist taken from the function's template. */
export function createProject({ name, functionTemplate, now = new Date() }: NewProjectInput): Project {
  const at = now.toISOString();
  return ProjectSchema.parse({
    id: newId(),
    name,
    functionTemplate,
    createdAt: at,
    updatedAt: at,
    checklist: { items: templateItems(functionTemplate) },
    // The volume is counted in the function's own unit; vendors are judged on the library's questions.
    costs: { volumeUnit: businessFunction(functionTemplate).volumeUnit },
    vendors: { criteria: defaultCriteria() },
  });
}
