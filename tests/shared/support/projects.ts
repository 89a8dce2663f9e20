import type { ChecklistItem } from '../../../shared/model/checklist';
import { createProject, type Project } from '../../../shared/model/project';

/** Due dates the checklist properties draw from, around the `today` the tests use. */
export const dueDays = ['2025-01-10', '2025-02-01', '2025-03-15', '2025-06-30'] as const;

const baseProject = createProject({ name: 'P', functionTemplate: 'customer-service' });

/** A valid project holding exactly these checklist items (and, optionally, this name). */
export function projectWithItems(items: readonly ChecklistItem[], name = baseProject.name): Project {
  return { ...baseProject, name, checklist: { ...baseProject.checklist, items: [...items] } };
}
