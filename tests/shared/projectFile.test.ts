import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessFunctionIds } from '../../shared/model/businessFunctions';
import { currentFormatVersion } from '../../shared/model/migrations';
import { createProject, ProjectNameSchema, ProjectSchema, type Project } from '../../shared/model/project';
import {
  maxProjectFileBytes,
  parseProjectFile,
  projectFileType,
  serializeProjectFile,
} from '../../shared/model/projectFile';
import { cleanAllText } from '../../shared/model/projectText';
import { errorCodes, type AppError, type Result } from '../../shared/result';

const meta = { appVersion: '0.0.0-test', savedAt: new Date('2025-03-01T09:30:00.000Z') };

function sampleProject(): Project {
  return createProject({
    name: 'Acme support',
    functionTemplate: 'customer-service',
    now: new Date('2025-02-01T08:00:00.000Z'),
  });
}

/** The file text of an envelope holding `project`, without going through the typed serializer. */
function fileText(project: unknown, envelope: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: projectFileType,
    version: currentFormatVersion,
    app: '0.0.0-test',
    savedAt: meta.savedAt.toISOString(),
    project,
    ...envelope,
  });
}

/** The file text of an envelope whose project is the raw JSON text `projectJson`. */
function fileWithRawProject(projectJson: string): string {
  return fileText('PLACEHOLDER').replace('"PLACEHOLDER"', () => projectJson);
}

function errorOf<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error('Expected the file to be refused, but it was accepted.');
  return result.error;
}

/** Names a user can give a project: already trimmed and accepted by the schema unchanged. */
const projectName = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 120 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }),
  )
  .map((name) => name.trim())
  .filter((name) => ProjectNameSchema.safeParse(name).data === name && cleanAllText(name).value === name);

const project = fc
  .record({
    name: projectName,
    functionTemplate: fc.constantFrom(...businessFunctionIds),
    currency: fc.stringMatching(/^[A-Z]{3}$/),
    now: fc.date({
      min: new Date('2000-01-01T00:00:00.000Z'),
      max: new Date('2100-01-01T00:00:00.000Z'),
      noInvalidDate: true,
    }),
  })
  .map(({ currency, ...input }) => ({ ...createProject(input), currency }));

const fileMeta = fc.record({
  appVersion: fc.string(),
  savedAt: fc.date({
    min: new Date('2000-01-01T00:00:00.000Z'),
    max: new Date('2100-01-01T00:00:00.000Z'),
    noInvalidDate: true,
  }),
});

function expectTypedOutcome(result: Result<Project>): void {
  if (result.ok) {
    expect(ProjectSchema.safeParse(result.value).success).toBe(true);
  } else {
    expect(errorCodes).toContain(result.error.code);
    expect(result.error.message).toMatch(/\S/);
  }
}

describe('serializeProjectFile and parseProjectFile', () => {
  it('gives back exactly the project that was saved, for any project', () => {
    fc.assert(
      fc.property(project, fileMeta, (p, m) => {
        expect(parseProjectFile(serializeProjectFile(p, m))).toStrictEqual({
          ok: true,
          value: p,
          repairs: [],
          unknownFields: [],
        });
      }),
    );
  });

  it('writes UTF-8 JSON with a 2-space indent and the envelope fields', () => {
    const text = serializeProjectFile(sampleProject(), meta);
    expect(text).toMatch(/^\{\n {2}"type": /);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({
      type: projectFileType,
      version: currentFormatVersion,
      app: meta.appVersion,
      savedAt: meta.savedAt.toISOString(),
    });
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    const p = sampleProject();
    expect(parseProjectFile(`\uFEFF${serializeProjectFile(p, meta)}`)).toStrictEqual({
      ok: true,
      value: p,
      repairs: [],
      unknownFields: [],
    });
  });
});

describe('parseProjectFile refuses what is not a project file', () => {
  it('refuses text that is not JSON as invalid-file', () => {
    for (const text of ['', 'hello', '{"type": ', '<xml/>', '{"a": 1}}']) {
      expect(errorOf(parseProjectFile(text)).code).toBe('invalid-file');
    }
  });

  it('refuses JSON of another type as invalid-file', () => {
    expect(errorOf(parseProjectFile(fileText(sampleProject(), { type: 'some-other-app/document' }))).code).toBe(
      'invalid-file',
    );
    expect(errorOf(parseProjectFile('[1, 2, 3]')).code).toBe('invalid-file');
    expect(errorOf(parseProjectFile('null')).code).toBe('invalid-file');
  });

  it('refuses an envelope whose version is not a positive whole number as invalid-file', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(errorOf(parseProjectFile(fileText(sampleProject(), { version }))).code).toBe('invalid-file');
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a "%s" key at any depth as invalid-file and leaves Object.prototype untouched',
    (key) => {
      const before = Object.getOwnPropertyNames(Object.prototype);
      const hostile = `{${JSON.stringify(key)}: {"polluted": "yes", "toString": 1}}`;
      const texts = [
        `{${JSON.stringify(key)}: {"polluted": "yes"}, "type": "${projectFileType}"}`,
        fileWithRawProject(hostile),
        fileWithRawProject(`{"checklist": {"items": [{"notes": ${hostile}}]}}`),
      ];
      for (const text of texts) {
        const error = errorOf(parseProjectFile(text));
        expect(error.code).toBe('invalid-file');
        expect(error.message).toContain(key);
      }
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(typeof ({} as { toString: unknown }).toString).toBe('function');
    },
  );

  it('refuses a forbidden key wherever it is nested, for any content around it', () => {
    const nested = fc
      .record({
        key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
        value: fc.jsonValue(),
        wrappers: fc.array(fc.constantFrom('object', 'array'), { maxLength: 6 }),
      })
      .map(({ key, value, wrappers }) =>
        wrappers.reduce(
          (inner, wrapper) => (wrapper === 'object' ? `{"n": ${inner}}` : `[1, ${inner}]`),
          `{${JSON.stringify(key)}: ${JSON.stringify(value)}}`,
        ),
      );
    fc.assert(
      fc.property(nested, (json) => {
        expect(errorOf(parseProjectFile(fileWithRawProject(json))).code).toBe('invalid-file');
        expect(({} as Record<string, unknown>)['n']).toBeUndefined();
      }),
    );
  });

  it('refuses a file from a newer format version with newer-version and asks to update the app', () => {
    for (const version of [currentFormatVersion + 1, currentFormatVersion + 40]) {
      // A newer version may hold anything in its project; it is refused before the project is looked at.
      const error = errorOf(parseProjectFile(fileText({ entirely: 'new shape' }, { version })));
      expect(error.code).toBe('newer-version');
      expect(error.message).toMatch(/update/i);
    }
  });

  it('refuses a project that breaks the schema as invalid-file, naming the field in plain words', () => {
    const p = sampleProject();
    const cases: Array<[unknown, string]> = [
      [{ ...p, name: '' }, "the project's name is empty"],
      [{ ...p, functionTemplate: 'astrology' }, 'the project has an unknown business function “astrology”'],
      [{ ...p, id: 'not-a-uuid' }, "the project's id"],
      [{ ...p, currency: 'dollars' }, "the project's currency"],
      [{ ...p, createdAt: 'yesterday' }, "the project's creation date"],
    ];
    for (const [broken, field] of cases) {
      const error = errorOf(parseProjectFile(fileText(broken)));
      expect(error.code).toBe('invalid-file');
      expect(error.message).toContain(field);
    }
    expect(errorOf(parseProjectFile(fileText(null))).code).toBe('invalid-file');
  });

  it('words a schema refusal as one sentence, without a doubled full stop', () => {
    const error = errorOf(parseProjectFile(fileText({ ...sampleProject(), name: '' })));
    expect(error.message).not.toMatch(/\.\.$/);
  });

  it('refuses text over 20 MB as too-large', () => {
    expect(errorOf(parseProjectFile(' '.repeat(maxProjectFileBytes + 1))).code).toBe('too-large');
    // Two UTF-8 bytes per character: half as many characters are already over the limit.
    expect(errorOf(parseProjectFile('é'.repeat(maxProjectFileBytes / 2 + 1))).code).toBe('too-large');
  });

  it('does not call text of exactly 20 MB too large', () => {
    expect(errorOf(parseProjectFile(' '.repeat(maxProjectFileBytes))).code).toBe('invalid-file');
  });
});

describe('parseProjectFile on arbitrary input', () => {
  it('never throws on any string and answers with a project or a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expectTypedOutcome(parseProjectFile(text));
      }),
    );
  });

  it('never throws on any JSON value, bare or inside a project envelope', () => {
    const anythingAsJson = fc
      .anything()
      .map((value) => JSON.stringify(value) as string | undefined)
      .filter((text): text is string => typeof text === 'string');
    const envelope = fc
      .record(
        {
          type: fc.oneof(fc.constant(projectFileType), fc.jsonValue()),
          version: fc.oneof(fc.constant(currentFormatVersion), fc.integer(), fc.double(), fc.jsonValue()),
          app: fc.oneof(fc.string(), fc.jsonValue()),
          savedAt: fc.oneof(fc.string(), fc.jsonValue()),
          project: fc.oneof(fc.jsonValue(), fc.anything(), project),
        },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(
        fc.oneof(
          anythingAsJson,
          fc.jsonValue().map((v) => JSON.stringify(v)),
          envelope,
        ),
        (text) => {
          expectTypedOutcome(parseProjectFile(text));
        },
      ),
    );
  });
});
