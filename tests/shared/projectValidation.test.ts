import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCanonicalRecordList } from '../../shared/model/canonicalRecords';
import { ProjectSchema } from '../../shared/model/project';
import { validateProject } from '../../shared/model/projectValidation';
import { maxScores, ScoreSchema } from '../../shared/model/vendors';
import { richProjectArb } from './support/richProjects';

/**
 * Opening a large project validates its scores without zod's record-by-record copy. These properties hold
 * that shortcut to the schema: whatever the payload, `validateProject` accepts, refuses, repairs and reports
 * exactly as `ProjectSchema.safeParse` does — and it does take the shortcut for the lists the app writes.
 */

type Json = unknown;
type Payload = Record<string, Json> & { vendors: Record<string, Json> & { scores: Json[] } };

/** A project as a file holds it: plain JSON, no object shared with the generator's. */
const payloadOf = (project: unknown) => JSON.parse(JSON.stringify(project)) as Payload;

/** The same outcome down to the order of keys, which decides the order of the saved file. */
function expectSameOutcome(payload: Json): void {
  const expected = ProjectSchema.safeParse(payload);
  const actual = validateProject(payload);
  expect(actual.success).toBe(expected.success);
  if (expected.success && actual.success) {
    expect(actual.data).toStrictEqual(expected.data);
    expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
  } else {
    expect(actual.error?.issues).toEqual(expected.error?.issues);
  }
}

/** Values at and around every bound of a score's fields, and of other types. */
const fieldValue = fc
  .oneof(
    fc.constantFrom<Json>(
      '',
      'v-0',
      'x'.repeat(100),
      'x'.repeat(101),
      'n'.repeat(2000),
      'n'.repeat(2001),
      ' v-0 ',
      '\u202Eexe.txt',
      '\ud800',
      0,
      -0,
      1,
      3,
      5,
      6,
      2.5,
      -1,
      1e300,
      null,
      true,
      false,
      [],
      {},
      ['v-0'],
      { 1: 'x' },
    ),
    fc.jsonValue({ maxDepth: 1 }),
  )
  .map((value) => structuredClone(value)); // each run its own, so no run changes another's constants
const scoreKeys = ['vendorId', 'criterionId', 'evaluatorId', 'score', 'note', 'extra', '__proto__', 'toString'];

const scoreMutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), key: fc.constantFrom(...scoreKeys), value: fieldValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), key: fc.constantFrom(...scoreKeys) }),
  fc.record({ kind: fc.constant('reorder' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fieldValue }),
  fc.record({ kind: fc.constant('null-prototype' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('scores' as const), value: fieldValue }),
  fc.record({ kind: fc.constant('list-property' as const), key: fc.constantFrom('extra', 'scores', '__proto__') }),
  fc.record({ kind: fc.constant('vendors' as const), value: fieldValue }),
  fc.record({ kind: fc.constant('elsewhere' as const), at: fc.nat(), value: fieldValue }),
);

function mutate(payload: Payload, change: typeof scoreMutation extends fc.Arbitrary<infer M> ? M : never): void {
  const { vendors } = payload as { vendors: unknown };
  const scores: Json[] =
    typeof vendors === 'object' && vendors !== null && Array.isArray((vendors as Payload['vendors']).scores)
      ? (vendors as Payload['vendors']).scores
      : [];
  const index = 'at' in change ? change.at % Math.max(1, scores.length) : 0;
  const found = scores[index];
  const score = typeof found === 'object' && found !== null ? (found as Record<string, Json>) : undefined;
  switch (change.kind) {
    case 'set':
      // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it.
      if (score)
        Object.defineProperty(score, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
    case 'delete':
      if (score) delete score[change.key];
      return;
    case 'reorder': {
      // The first two keys swapped (two ids: still valid) or all reversed.
      const [first, second, ...rest] = Object.entries(score ?? {});
      if (score && first && second)
        scores[index] = Object.fromEntries(
          change.at % 2 ? [second, first, ...rest] : [...rest, second, first].toReversed(),
        );
      return;
    }
    case 'replace':
      if (score) scores[index] = change.value;
      return;
    case 'null-prototype':
      if (score) scores[index] = Object.assign(Object.create(null) as object, score);
      return;
    case 'scores':
      if (typeof vendors === 'object' && vendors !== null) (vendors as Record<string, Json>)['scores'] = change.value;
      return;
    case 'list-property':
      // Not something JSON makes, but a list is a list: zod keeps only its items.
      Object.defineProperty(scores, change.key, { value: 1, enumerable: true, writable: true, configurable: true });
      return;
    case 'vendors':
      payload['vendors'] = change.value as Payload['vendors'];
      return;
    case 'elsewhere': {
      // Something outside the scores goes wrong too, so the rest is judged the same with or without them.
      const keys = Object.keys(payload);
      const key = keys[change.at % keys.length];
      if (key !== undefined && key !== 'vendors') payload[key] = change.value;
    }
  }
}

describe('validateProject', () => {
  it('takes the shortcut for the scores the app writes, keeping the very records read', () => {
    fc.assert(
      fc.property(richProjectArb, (project) => {
        const payload = payloadOf(project);
        const result = validateProject(payload);
        expect(result.success).toBe(true);
        result.data?.vendors.scores.forEach((score, index) => expect(score).toBe(payload.vendors.scores[index]));
        expectSameOutcome(payload);
      }),
      { numRuns: 100 },
    );
  });

  it('ends exactly as ProjectSchema.safeParse for projects whose scores (and more) are damaged', () => {
    fc.assert(
      fc.property(richProjectArb, fc.array(scoreMutation, { minLength: 1, maxLength: 4 }), (project, changes) => {
        const payload = payloadOf(project);
        for (const change of changes) mutate(payload, change);
        expectSameOutcome(payload);
      }),
      { numRuns: 600 },
    );
  });

  it('ends exactly as ProjectSchema.safeParse for payloads that are not projects at all', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), expectSameOutcome), { numRuns: 200 });
    for (const payload of [null, [], 'project', { vendors: null }, { vendors: { scores: {} } }]) {
      expectSameOutcome(payload);
    }
  });

  it('refuses more scores than a file may hold, as the schema does', () => {
    const [project] = fc.sample(richProjectArb, 1);
    const payload = payloadOf(project);
    const score = { vendorId: 'v-0', criterionId: 'c-0', evaluatorId: 'e-0', score: 3, note: '' };
    payload.vendors.scores = Array.from({ length: maxScores }, () => score);
    expectSameOutcome(payload);
    payload.vendors.scores.push(score);
    expectSameOutcome(payload);
  });
});

describe('isCanonicalRecordList', () => {
  // Mostly in the schema's shape with values near its bounds, sometimes keys in any number and order.
  const record = fc.oneof(
    fc.record({
      vendorId: fieldValue,
      criterionId: fieldValue,
      evaluatorId: fieldValue,
      score: fieldValue,
      note: fieldValue,
    }),
    fc.dictionary(fc.constantFrom(...scoreKeys), fieldValue, { maxKeys: 6 }),
  );

  it('says yes only to records the schema returns unchanged, in its order', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 3 }), (records) => {
        if (!isCanonicalRecordList(ScoreSchema, records)) return;
        for (const each of records) {
          const parsed = ScoreSchema.safeParse(each);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(each);
          expect(Object.keys(each)).toEqual(Object.keys(ScoreSchema.shape));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('says yes to every list of valid scores in the schema’s shape', () => {
    const id = fc.string({ minLength: 1, maxLength: 100 });
    const score = fc.record(
      {
        vendorId: id,
        criterionId: id,
        evaluatorId: id,
        score: fc.integer({ min: 1, max: 5 }),
        note: fc.string({ maxLength: 2000 }),
      },
      { noNullPrototype: true },
    );
    fc.assert(fc.property(fc.array(score), (scores) => isCanonicalRecordList(ScoreSchema, scores)));
  });

  it('leaves to zod what a field schema would change, and rules on whole records', () => {
    const Trimmed = z.object({ name: z.string().trim(), size: z.number().transform((n) => n + 0) });
    expect(isCanonicalRecordList(Trimmed, [{ name: 'a', size: 0 }])).toBe(true);
    expect(isCanonicalRecordList(Trimmed, [{ name: ' a ', size: 0 }])).toBe(false);
    // 0 and -0 look alike to a Map; n + 0 turns -0 into 0, so -0 is not returned unchanged.
    expect(
      isCanonicalRecordList(Trimmed, [
        { name: 'a', size: 0 },
        { name: 'a', size: -0 },
      ]),
    ).toBe(false);
    const Refined = z.object({ a: z.number(), b: z.number() }).refine(({ a, b }) => a < b);
    expect(isCanonicalRecordList(Refined, [{ a: 1, b: 2 }])).toBe(false);
  });
});
