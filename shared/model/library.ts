import { z } from 'zod';
import { businessFunctionIds } from './businessFunctions';

/** What the Projects home lists about one project file; metadata only, the file is the truth. */
export const ProjectSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  functionTemplate: z.enum(businessFunctionIds),
  path: z.string(),
  updatedAt: z.string(),
  lastOpenedAt: z.string().nullable(),
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
