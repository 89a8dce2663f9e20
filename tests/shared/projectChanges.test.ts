import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentFormatVersion } from '../../shared/model/migrations';
import { createProject, type Project } from '../../shared/model/project';
import {
  applyProjectChanges,
  isComplete,
  projectChanges,
  projectSections,
  ProjectChangesSchema,
} from '../../shared/model/projectChanges';
import { projectFileLayout, projectFieldText, serializeProjectFile } from '../../shared/model/projectFile';

const base = createProject({ name: 'Delta', functionTemplate: 'finance-accounting', now: new Date(0) });

/** A project with some sections replaced by new (equal or different) objects. */
const edited = fc
  .record({
    name: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '')),
    touched: fc.subarray([...projectSections]),
    preparedBy: fc.string({ maxLength: 20 }),
  })
  .map(({ name, touched, preparedBy }) => {
    let project: Project = name ? { ...base, name: name.trim() } : { ...base };
    for (const section of touched) {
      project =
        section === 'briefing'
          ? { ...project, briefing: { ...project.briefing, preparedBy } }
          : { ...project, [section]: structuredClone(project[section]) };
    }
    return { project, touched };
  });

describe('saves that carry only changed sections', () => {
  it('send exactly the sections whose object changed, and rebuild the whole project on the other side', () => {
    fc.assert(
      fc.property(edited, ({ project, touched }) => {
        const changes = projectChanges(base, project);
        expect(projectSections.filter((s) => changes[s] !== undefined).toSorted()).toEqual([...touched].toSorted());
        expect(applyProjectChanges(base, structuredClone(changes))).toEqual(project);
        expect(ProjectChangesSchema.parse(changes)).toEqual(changes);
      }),
    );
  });

  it('send everything when nothing was saved before, and only then are they complete', () => {
    expect(isComplete(projectChanges(null, base))).toBe(true);
    expect(isComplete(projectChanges(base, { ...base, name: 'Renamed' }))).toBe(false);
    expect(Object.keys(projectChanges(base, { ...base, name: 'Renamed' })).filter((k) => k in base)).not.toContain(
      'checklist',
    );
  });
});

describe('the file layout', () => {
  it('joins to exactly JSON.stringify(envelope, null, 2) plus a newline', () => {
    fc.assert(
      fc.property(edited, fc.string(), ({ project }, app) => {
        const meta = { appVersion: app, savedAt: new Date(0) };
        const joined = projectFileLayout(project, meta)
          .parts.map((part) => (typeof part === 'string' ? part : projectFieldText(part.value)))
          .join('');
        const envelope = {
          type: 'outsourcing-readiness-workbench/project',
          version: currentFormatVersion,
          app,
          savedAt: meta.savedAt.toISOString(),
          project,
        };
        expect(joined).toBe(`${JSON.stringify(envelope, null, 2)}\n`);
        expect(serializeProjectFile(project, meta)).toBe(joined);
      }),
    );
  });
});
