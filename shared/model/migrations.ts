import { addChecklistStages } from './migrationV1ToV2';

/**
 * Upgrades of a project file's `project` payload, one step per format version: `migrations[n]` turns a
 * version-n payload into a version-(n+1) payload. Each step is pure and works on plain JSON, because the
 * payload is not valid against today's schema until every step has run.
 */
export type Migration = (project: unknown) => unknown;

export const currentFormatVersion = 2;

export const migrations: Readonly<Record<number, Migration>> = {
  /** Checklist items gain the stage they must be done by (five-level readiness). */
  1: addChecklistStages,
};

/** Runs every step from `fromVersion` up to `toVersion` (the current format); the caller has checked the range. */
export function migrateProject(
  project: unknown,
  fromVersion: number,
  steps: Readonly<Record<number, Migration>> = migrations,
  toVersion = currentFormatVersion,
): unknown {
  let payload = project;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from format version ${version}.`);
    payload = step(payload);
  }
  return payload;
}
