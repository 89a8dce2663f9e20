import type { Project } from './project';

/**
 * A save sends the project's small fields always and its large sections only when they changed since the
 * save it is based on: the renderer's edits are immutable, so "changed" is an identity check, and the
 * main process reuses what it last wrote for the rest — less to copy over IPC, validate and serialize.
 */
export const projectSections = ['checklist', 'costs', 'vendors', 'plan', 'briefing'] as const;
export type ProjectSection = (typeof projectSections)[number];

/** A project whose large sections may be left out (those that did not change); see `ProjectChangesSchema`. */
export type ProjectChanges = Omit<Project, ProjectSection> & Partial<Pick<Project, ProjectSection>>;

/** The changes that turn `saved` into `current`; everything when nothing was saved yet. */
export function projectChanges(saved: Project | null, current: Project): ProjectChanges {
  if (!saved) return current;
  const changes: ProjectChanges = { ...current };
  for (const section of projectSections) if (current[section] === saved[section]) delete changes[section];
  return changes;
}

/** Whether the changes carry every section (needed when the receiver has nothing to base them on). */
export function isComplete(changes: ProjectChanges): changes is Project {
  return projectSections.every((section) => changes[section] !== undefined);
}

/** The project the changes describe, taking unsent sections from the saved project they were based on. */
export function applyProjectChanges(saved: Project, changes: ProjectChanges): Project {
  return {
    ...saved,
    ...changes,
    checklist: changes.checklist ?? saved.checklist,
    costs: changes.costs ?? saved.costs,
    vendors: changes.vendors ?? saved.vendors,
    plan: changes.plan ?? saved.plan,
    briefing: changes.briefing ?? saved.briefing,
  };
}
