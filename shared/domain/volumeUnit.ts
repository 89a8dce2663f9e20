import { businessFunction } from '../model/businessFunctions';
import type { Project } from '../model/project';

/** The generic unit a project starts with; it stands for "whatever the function's work is counted in". */
const genericUnit = 'units';

/** What one unit of work is called: the user's own word, else the function's (contacts, invoices, trips…). */
export function volumeUnitOf(project: Pick<Project, 'costs' | 'functionTemplate'>): string {
  const own = project.costs.volumeUnit.trim();
  return own === '' || own === genericUnit ? businessFunction(project.functionTemplate).volumeUnit : own;
}
