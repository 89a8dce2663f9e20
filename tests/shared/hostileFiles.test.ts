import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProject, ProjectSchema } from '../../shared/model/project';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import { errorCodes } from '../../shared/result';

/**
 * Whatever arrives on a USB stick or in an e-mail, opening it yields a valid project or a typed error —
 * never a throw, never a polluted prototype.
 */

const valid = serializeProjectFile(
  createProject({ name: 'Valid', functionTemplate: 'collections', now: new Date(0) }),
  {
    appVersion: 'test',
    savedAt: new Date(0),
  },
);
const validJson = JSON.parse(valid) as Record<string, unknown> & { project: Record<string, unknown> };

const truncated = fc.nat({ max: valid.length }).map((at) => valid.slice(0, at));
const randomBytes = fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes).toString('utf8'));
const withBom = fc.oneof(fc.constant(valid), truncated).map((text) => `\uFEFF${text}`);
const deepNesting = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + (open === '[' ? ']' : '}').repeat(depth));
const hugeString = fc
  .integer({ min: 10_000, max: 3_000_000 })
  .map((length) => JSON.stringify({ ...validJson, project: { ...validJson.project, name: 'n'.repeat(length) } }));
const hugeArray = fc.integer({ min: 2_001, max: 30_000 }).map((length) =>
  JSON.stringify({
    ...validJson,
    project: { ...validJson.project, checklist: { items: Array.from({ length }, () => ({})) } },
  }),
);
const projectKeys = Object.keys(validJson.project);
const wrongType = fc
  .tuple(fc.constantFrom(...projectKeys, 'type', 'version', 'project'), fc.jsonValue())
  .map(([key, value]) =>
    ['type', 'version', 'project'].includes(key)
      ? JSON.stringify({ ...validJson, [key]: value })
      : JSON.stringify({ ...validJson, project: { ...validJson.project, [key]: value } }),
  );
const prototypeKeys = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat({ max: 3 }))
  .map(([key, where]) => {
    const payload = `{"${key}":{"polluted":true,"isAdmin":true}}`;
    const spots = [
      `{${payload.slice(1, -1)},${valid.trim().slice(1)}`,
      valid.replace('"project": {', `"project": {"${key}": {"polluted": true},`),
      valid.replace('"checklist": {', `"checklist": {"${key}": {"polluted": true},`),
      valid.replace('"briefing": {', `"briefing": {"${key}": {"polluted": true},`),
    ];
    return spots[where] ?? payload;
  });
const versions = fc
  .oneof(fc.integer({ min: -5, max: 1_000 }), fc.double(), fc.string(), fc.constant(null))
  .map((version) => JSON.stringify({ ...validJson, version }));
const anyJson = fc.jsonValue().map((value) => JSON.stringify(value));

const hostileFile = fc.oneof(
  truncated,
  randomBytes,
  withBom,
  deepNesting,
  hugeString,
  hugeArray,
  wrongType,
  prototypeKeys,
  versions,
  anyJson,
);

describe('opening hostile files', () => {
  it('yields a valid project or a typed error for 1,200 generated malformed files, and never pollutes prototypes', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).toSorted();
    fc.assert(
      fc.property(hostileFile, (text) => {
        const result = parseProjectFile(text);
        if (result.ok) {
          expect(ProjectSchema.safeParse(result.value).success).toBe(true);
        } else {
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(10);
        }
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 1200 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).toSorted()).toEqual(before);
  }, 120_000);

  it('refuses every prototype key with a message naming it', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const result = parseProjectFile(valid.replace('"project": {', `"project": {"${key}": {},`));
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
      expect(!result.ok && result.error.message).toContain(key);
    }
  });

  it('refuses a file of a newer format, asking to update the app', () => {
    const result = parseProjectFile(JSON.stringify({ ...validJson, version: 99 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    expect(!result.ok && result.error.message).toMatch(/newer version of the app/);
  });
});
