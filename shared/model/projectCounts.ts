import type { Project } from './project';

/** How much a project holds, to compare a backup with the current state at a glance. */
export interface ProjectCounts {
  checklistItems: number;
  itemsDone: number;
  costPeriods: number;
  vendors: number;
  criteria: number;
  scores: number;
  expectations: number;
}

export function countProject(project: Project): ProjectCounts {
  return {
    checklistItems: project.checklist.items.length,
    itemsDone: project.checklist.items.filter((item) => item.status === 'done').length,
    costPeriods: project.costs.periods.length,
    vendors: project.vendors.vendors.length,
    criteria: project.vendors.criteria.length,
    scores: project.vendors.scores.length,
    expectations: project.plan.expectations.length,
  };
}
