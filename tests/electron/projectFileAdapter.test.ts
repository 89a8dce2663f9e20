import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFileAdapter } from '../../electron/services/projectFileAdapter';
import { createProject, type Project } from '../../shared/model/project';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import { businessFunctionIds } from '../../shared/model/businessFunctions';

let folder: string;
const at = new Date('2026-11-24T10:00:00.000Z');
const clock = { now: () => at };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'orw-adapter-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const expected = (project: Project) => serializeProjectFile(project, { appVersion: 'test', savedAt: at });

describe('the project file adapter', () => {
  it('writes exactly the serialized file, save after save, whichever sections change', async () => {
    const path = join(folder, 'project.orw');
    const adapter = new ProjectFileAdapter(path, { appVersion: 'test', clock });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...businessFunctionIds),
        fc.array(fc.tuple(fc.constantFrom('name', 'briefing', 'checklist', 'currency'), fc.string({ maxLength: 40 })), {
          maxLength: 6,
        }),
        async (fn, edits) => {
          let project = createProject({ name: 'Adapter', functionTemplate: fn, now: at });
          await adapter.write(project);
          expect(await readFile(path, 'utf8')).toBe(expected(project));
          for (const [field, text] of edits) {
            if (field === 'name') project = { ...project, name: text.trim() || 'Unnamed' };
            if (field === 'currency') project = { ...project, currency: text.length % 2 ? 'EUR' : 'USD' };
            if (field === 'briefing') project = { ...project, briefing: { ...project.briefing, preparedBy: text } };
            if (field === 'checklist') {
              const [first, ...rest] = project.checklist.items;
              if (first) project = { ...project, checklist: { items: [{ ...first, notes: text }, ...rest] } };
            }
            await adapter.write(project);
            const onDisk = await readFile(path, 'utf8');
            expect(onDisk).toBe(expected(project));
            expect(parseProjectFile(onDisk)).toEqual({ ok: true, value: project, repairs: [], unknownFields: [] });
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
