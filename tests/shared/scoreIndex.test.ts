import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setScore, setScoreNote } from '../../shared/domain/evaluationEdits';
import { scoreAt, scoreIndexOf } from '../../shared/domain/scoreIndex';
import { createProject } from '../../shared/model/project';
import type { Score, VendorEvaluation } from '../../shared/model/vendors';

const empty: VendorEvaluation = {
  ...createProject({ name: 'P', functionTemplate: 'collections' }).vendors,
  scores: [],
};
const ids = ['a', 'b', 'c'];
const keyArb = fc.record({
  vendorId: fc.constantFrom(...ids),
  criterionId: fc.constantFrom(...ids),
  evaluatorId: fc.constantFrom(...ids),
});
const editArb = fc.record({
  key: keyArb,
  score: fc.option(fc.integer({ min: 1, max: 5 })),
  note: fc.option(fc.string({ maxLength: 3 })),
});
const named = (s: Score) => `${s.evaluatorId}/${s.criterionId}/${s.vendorId}`;

describe('the scores’ index', () => {
  it('after any run of edits, agrees with the scores themselves, as an index built afresh from them would', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 40 }), (edits) => {
        const model = new Map<string, { score: number; note: string }>();
        let evaluation = empty;
        for (const { key, score, note } of edits) {
          const name = `${key.evaluatorId}/${key.criterionId}/${key.vendorId}`;
          evaluation = note === null ? setScore(evaluation, key, score) : setScoreNote(evaluation, key, note);
          const was = model.get(name);
          if (note !== null) {
            if (was) model.set(name, { ...was, note });
          } else if (score === null) model.delete(name);
          else model.set(name, { score, note: was?.note ?? '' });
        }
        const { scores } = evaluation;
        expect(new Map(scores.map((s) => [named(s), { score: s.score, note: s.note }]))).toEqual(model);
        expect(scores).toHaveLength(model.size);
        const kept = scoreIndexOf(scores);
        const fresh = scoreIndexOf([...scores]);
        expect(kept).toEqual(fresh);
        for (const score of scores) expect(scoreAt(kept, score)).toBe(score);
      }),
    );
  });

  it('keeps the maps of the rows an edit did not touch, so their grid rows need not render again', () => {
    const key = { vendorId: 'a', criterionId: 'a', evaluatorId: 'a' };
    const other = { ...key, criterionId: 'b' };
    const before = setScore(setScore(empty, key, 3), other, 4);
    const after = setScore(before, key, 5);
    const rowsBefore = scoreIndexOf(before.scores).get('a');
    const rowsAfter = scoreIndexOf(after.scores).get('a');
    expect(rowsAfter?.get('b')).toBe(rowsBefore?.get('b'));
    expect(rowsAfter?.get('a')).not.toBe(rowsBefore?.get('a'));
    expect(rowsAfter?.get('a')?.get('a')?.score).toBe(5);
  });

  it('keeps the first of two scores for one key, the one an edit changes', () => {
    const key = { vendorId: 'a', criterionId: 'a', evaluatorId: 'a' };
    const twice: VendorEvaluation = {
      ...empty,
      scores: [
        { ...key, score: 2, note: '' },
        { ...key, score: 4, note: '' },
      ],
    };
    expect(scoreAt(scoreIndexOf(twice.scores), key)?.score).toBe(2);
    expect(setScore(twice, key, 5).scores.map((s) => s.score)).toEqual([5, 4]);
  });
});
