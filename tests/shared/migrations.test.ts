import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentFormatVersion, migrateProject, migrations, type Migration } from '../../shared/model/migrations';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'files');

interface Expected {
  name: string;
  functionTemplate: string;
  currency: string;
  checklistItems: number;
  vendors: number;
}

describe('files saved by every earlier version', () => {
  it('has a fixture for every format version up to the current one', async () => {
    const versions = new Set((await readdir(fixtures)).map((name) => /^v(\d+)-/.exec(name)?.[1]).filter(Boolean));
    for (let version = 1; version <= currentFormatVersion; version += 1) expect(versions).toContain(String(version));
    for (let version = 1; version < currentFormatVersion; version += 1)
      expect(migrations[version]).toBeTypeOf('function');
  });

  it('opens every fixture with today’s code, with the content it was saved with', async () => {
    const expected = JSON.parse(await readFile(join(fixtures, 'expected.json'), 'utf8')) as Record<string, Expected>;
    const files = (await readdir(fixtures)).filter((name) => name.endsWith('.orw'));
    expect(files.toSorted()).toEqual(Object.keys(expected).toSorted());
    for (const file of files) {
      const result = parseProjectFile(await readFile(join(fixtures, file), 'utf8'));
      if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
      const want = expected[file];
      expect(result.value).toMatchObject({
        name: want?.name,
        functionTemplate: want?.functionTemplate,
        currency: want?.currency,
      });
      expect(result.value.checklist.items).toHaveLength(want?.checklistItems ?? -1);
      expect(result.value.vendors.vendors).toHaveLength(want?.vendors ?? -1);
      // Saving it again writes the current format, which opens to the same project.
      const again = parseProjectFile(serializeProjectFile(result.value, { appVersion: 'test', savedAt: new Date() }));
      expect(again).toEqual({ ok: true, value: result.value, repairs: [], unknownFields: [] });
    }
  });
});

describe('the migration runner', () => {
  const steps: Record<number, Migration> = {
    1: (p) => ({ ...(p as object), renamedAt1: true }),
    2: (p) => ({ ...(p as object), renamedAt2: true }),
  };

  it('applies each step from the file’s version up to the target, in order', () => {
    expect(migrateProject({}, 1, steps, 3)).toEqual({ renamedAt1: true, renamedAt2: true });
    expect(migrateProject({}, 2, steps, 3)).toEqual({ renamedAt2: true });
    expect(migrateProject({ same: 1 }, 3, steps, 3)).toEqual({ same: 1 });
  });

  it('refuses a gap in the chain rather than skipping a step', () => {
    expect(() => migrateProject({}, 0, steps, 3)).toThrow(/No migration from format version 0/);
  });
});
