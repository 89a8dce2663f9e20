import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import { errorCodes } from '../../shared/result';
import { invariantViolations, richProjectArb } from './support/richProjects';

/**
 * Fuzzing the reader with real projects mutated at random — records duplicated, deleted or re-identified so
 * references dangle, direction controls and lone surrogates slipped into text, unknown fields added, values
 * swapped for arbitrary JSON. Whatever comes in: no throw; what is accepted satisfies every invariant and reads
 * back unchanged after a save; what is refused has a typed code and a sentence.
 */

const meta = { appVersion: 'fuzz', savedAt: new Date('2026-03-02T09:00:00Z') };
type Json = unknown;

/** Every container in the value with the path to it, so a mutation can pick one. */
function containers(value: Json): Json[] {
  const found: Json[] = [];
  const walk = (node: Json): void => {
    if (typeof node !== 'object' || node === null) return;
    found.push(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) walk(child);
  };
  walk(value);
  return found;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('duplicate-item' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-item' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('rename-id' as const),
    at: fc.nat(),
    id: fc.constantFrom('v-0', 'c-1', 'e-0', 'x', 'caf\u00e9', 'cafe\u0301'),
  }),
  fc.record({
    kind: fc.constant('taint-text' as const),
    at: fc.nat(),
    text: fc.constantFrom('\u202E', '\u2066', '\ud800', '\udc00x', 'javascript:alert(1)', '\\\\server\\share'),
  }),
  fc.record({
    kind: fc.constant('unknown-field' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'hasOwnProperty', 'toString', 'valueOf'),
  }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('delete-key' as const), at: fc.nat() }),
);

const pick = <T>(list: readonly T[], at: number): T | undefined => list[at % Math.max(1, list.length)];

function apply(root: Json, change: typeof mutation extends fc.Arbitrary<infer M> ? M : never): void {
  const all = containers(root);
  const arrays = all.filter((node): node is Json[] => Array.isArray(node) && node.length > 0);
  const objects = all.filter(
    (node): node is Record<string, Json> => typeof node === 'object' && node !== null && !Array.isArray(node),
  );
  switch (change.kind) {
    case 'duplicate-item': {
      const list = pick(arrays, change.at);
      if (list) list.push(structuredClone(list[change.at % list.length]));
      return;
    }
    case 'delete-item': {
      const list = pick(arrays, change.at);
      list?.splice(change.at % list.length, 1);
      return;
    }
    case 'rename-id': {
      const withId = objects.filter((node) => typeof node['id'] === 'string');
      const target = pick(withId, change.at);
      if (target) target['id'] = change.id;
      return;
    }
    case 'taint-text': {
      const target = pick(objects, change.at);
      const key =
        target &&
        pick(
          Object.keys(target).filter((k) => typeof target[k] === 'string'),
          change.at,
        );
      if (target && key) target[key] = `${String(target[key])}${change.text}`;
      return;
    }
    case 'unknown-field': {
      const target = pick(objects, change.at);
      if (target) target[change.key] = 1;
      return;
    }
    case 'replace-value': {
      const target = pick(objects, change.at);
      const key = target && pick(Object.keys(target), change.at);
      if (target && key) target[key] = change.value;
      return;
    }
    case 'delete-key': {
      const target = pick(objects, change.at);
      const key = target && pick(Object.keys(target), change.at);
      if (target && key) delete target[key];
    }
  }
}
describe('parseProjectFile, fuzzed with mutated projects', () => {
  it('reads an unmutated project back exactly, with nothing repaired', () => {
    fc.assert(
      fc.property(richProjectArb, (project) => {
        expect(invariantViolations(project)).toEqual([]);
        expect(parseProjectFile(serializeProjectFile(project, meta))).toStrictEqual({
          ok: true,
          value: project,
          repairs: [],
          unknownFields: [],
        });
      }),
      { numRuns: 150 },
    );
  });

  it('never throws; accepts only projects that satisfy the invariants and read back unchanged', () => {
    fc.assert(
      fc.property(richProjectArb, fc.array(mutation, { minLength: 1, maxLength: 4 }), (project, changes) => {
        const envelope = JSON.parse(serializeProjectFile(project, meta)) as { project: Json };
        for (const change of changes) apply(envelope.project, change);
        const outcome = parseProjectFile(JSON.stringify(envelope));
        if (!outcome.ok) {
          expect(errorCodes).toContain(outcome.error.code);
          expect(outcome.error.message).toMatch(/^[A-Z].*[.!]$/);
          expect(outcome.error.message).not.toMatch(/Invalid input|expected (string|number)|Too (small|big)/);
          return;
        }
        expect(invariantViolations(outcome.value)).toEqual([]);
        const again = parseProjectFile(serializeProjectFile(outcome.value, meta));
        expect(again).toStrictEqual({ ok: true, value: outcome.value, repairs: [], unknownFields: [] });
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
