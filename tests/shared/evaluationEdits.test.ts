import { describe, expect, it } from 'vitest';
import {
  judgmentOf,
  removeCriterion,
  removeEvaluator,
  removeWeightingSet,
  setJudgment,
  setScore,
  setScoreNote,
} from '../../shared/domain/evaluationEdits';
import { removeVendor } from '../../shared/domain/vendorEdits';
import { createProject } from '../../shared/model/project';
import type { VendorEvaluation } from '../../shared/model/vendors';

const base = createProject({ name: 'P', functionTemplate: 'collections' }).vendors;
const [first, second] = base.criteria;
const evaluation: VendorEvaluation = {
  ...base,
  vendors: [
    { id: 'v', name: 'V', contact: '', website: '', notes: '', quote: base.vendors[0]?.quote ?? ({} as never) },
  ],
  evaluators: [{ id: 'e', name: 'E', role: '' }],
};
const key = { vendorId: 'v', criterionId: first?.id ?? '', evaluatorId: 'e' };

describe('scores', () => {
  it('sets, changes and clears one evaluator’s score, one record per vendor × criterion × evaluator', () => {
    const scored = setScore(evaluation, key, 4);
    expect(scored.scores).toEqual([{ ...key, score: 4, note: '' }]);
    const changed = setScore(setScoreNote(scored, key, 'why'), key, 2);
    expect(changed.scores).toEqual([{ ...key, score: 2, note: 'why' }]);
    expect(setScore(changed, key, null).scores).toEqual([]);
  });

  it('returns the same evaluation when nothing changes, so no empty undo step is recorded', () => {
    const scored = setScore(evaluation, key, 4);
    expect(setScore(scored, key, 4)).toBe(scored);
    expect(setScore(evaluation, key, null)).toBe(evaluation);
  });
});

describe('removing what scores point at', () => {
  const scored = setScore(evaluation, key, 3);

  it('drops the scores of a removed vendor, evaluator or criterion', () => {
    expect(removeVendor(scored, 'v').scores).toEqual([]);
    expect(removeEvaluator(scored, 'e').scores).toEqual([]);
    expect(removeCriterion(scored, key.criterionId).scores).toEqual([]);
  });

  it('drops a removed criterion’s judgments and set weights too', () => {
    const a = first?.id ?? '';
    const b = second?.id ?? '';
    const withSet: VendorEvaluation = {
      ...setJudgment(scored, a, b, 5),
      weighting: {
        ...setJudgment(scored, a, b, 5).weighting,
        sets: [{ id: 's', name: 'CFO', weights: { [a]: 3, [b]: 1 } }],
        activeSetId: 's',
      },
    };
    const removed = removeCriterion(withSet, a);
    expect(removed.weighting.pairwise).toEqual([]);
    expect(removed.weighting.sets[0]?.weights).toEqual({ [b]: 1 });
    expect(removeWeightingSet(removed, 's').weighting.activeSetId).toBeNull();
  });
});

describe('pairwise judgments', () => {
  it('keeps one judgment per pair, read either way round as its reciprocal', () => {
    const a = first?.id ?? '';
    const b = second?.id ?? '';
    const judged = setJudgment(setJudgment(evaluation, a, b, 5), b, a, 3);
    expect(judged.weighting.pairwise).toEqual([{ a: b, b: a, value: 3 }]);
    expect(judgmentOf(judged.weighting, a, b)).toBeCloseTo(1 / 3);
    expect(judgmentOf(evaluation.weighting, a, b)).toBe(1);
  });
});
