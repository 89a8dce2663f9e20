import { z } from 'zod';
import { newId } from '../ids';
import { businessFunctionIds, type BusinessFunctionId } from './businessFunctions';

export const projectNameMaxLength = 120;

export const ProjectNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the project a name.')
  .max(projectNameMaxLength, `Keep the name under ${projectNameMaxLength} characters.`);

const IsoDateTime = z.iso.datetime({ offset: true });

/** One engagement: everything the workbench knows about preparing one business function for outsourcing. */
export const ProjectSchema = z.object({
  id: z.uuid(),
  name: ProjectNameSchema,
  functionTemplate: z.enum(businessFunctionIds),
  /** ISO 4217 code used for every amount in the project. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.')
    .default('USD'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export type Project = z.infer<typeof ProjectSchema>;

export interface NewProjectInput {
  name: string;
  functionTemplate: BusinessFunctionId;
  /** Defaults to now; passed in by callers that own a clock. */
  now?: Date;
}

/** A valid new project for the chosen business function. */
export function createProject({ name, functionTemplate, now = new Date() }: NewProjectInput): Project {
  const at = now.toISOString();
  return ProjectSchema.parse({
    id: newId(),
    name,
    functionTemplate,
    currency: 'USD',
    createdAt: at,
    updatedAt: at,
  });
}
