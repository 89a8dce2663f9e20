import { z } from 'zod';
import { readinessLevels } from '../domain/readinessLabels';
import { businessFunctionIds } from './businessFunctions';

/** What the Projects home lists about one project file; metadata only, the file is the truth. */
export const ProjectSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  functionTemplate: z.enum(businessFunctionIds),
  path: z.string(),
  updatedAt: z.string(),
  lastOpenedAt: z.string().nullable(),
  /** Where the project stood when last saved; absent from entries an earlier version wrote, until read again. */
  readiness: z.object({ level: z.enum(readinessLevels), score: z.number().nullable() }).optional(),
  /** The checklist item done most recently, and when; null when nothing is done yet. */
  lastDone: z.object({ title: z.string(), at: z.string() }).nullable().optional(),
});

export type ProjectSummary = z.infer<typeof ProjectSummarySchema> & {
  /** The file is not where the library last saw it (moved, deleted, USB stick unplugged). */
  missing?: boolean;
};

export interface LibrarySnapshot {
  /** Most recently opened or edited first. */
  projects: ProjectSummary[];
  /** Where new projects are created. */
  projectsFolder: string;
}
