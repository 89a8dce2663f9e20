import type { Criterion, Score, VendorEvaluation } from '../model/vendors';
import { moveById, removeById, updateById } from './listEdits';
import { indexEdit, scoreAt, scoreIndexOf, type ScoreIndex, type ScoreKey } from './scoreIndex';

export type { ScoreKey } from './scoreIndex';

/**
 * Pure edits of the vendor evaluation: evaluators, criteria, scores and weights. Removing a record removes
 * everything that points at it (scores, judgments, set weights), so the project never holds a dangling id.
 */

type Evaluator = VendorEvaluation['evaluators'][number];
type Weighting = VendorEvaluation['weighting'];
type WeightingSet = Weighting['sets'][number];

export function addEvaluator(evaluation: VendorEvaluation, evaluator: Evaluator): VendorEvaluation {
  return { ...evaluation, evaluators: [...evaluation.evaluators, evaluator] };
}

export function updateEvaluator(
  evaluation: VendorEvaluation,
  id: string,
  patch: Partial<Omit<Evaluator, 'id'>>,
): VendorEvaluation {
  return { ...evaluation, evaluators: updateById(evaluation.evaluators, id, patch) };
}

/** Removes an evaluator and every score they gave. */
export function removeEvaluator(evaluation: VendorEvaluation, id: string): VendorEvaluation {
  return {
    ...evaluation,
    evaluators: removeById(evaluation.evaluators, id),
    scores: evaluation.scores.filter((score) => score.evaluatorId !== id),
  };
}

export function addCriterion(evaluation: VendorEvaluation, criterion: Criterion): VendorEvaluation {
  return { ...evaluation, criteria: [...evaluation.criteria, criterion] };
}

export type CriterionPatch = Partial<Omit<Criterion, 'id' | 'custom'>>;

export function updateCriterion(evaluation: VendorEvaluation, id: string, patch: CriterionPatch): VendorEvaluation {
  return { ...evaluation, criteria: updateById(evaluation.criteria, id, patch) };
}

export function moveCriterion(evaluation: VendorEvaluation, id: string, direction: -1 | 1): VendorEvaluation {
  return { ...evaluation, criteria: moveById(evaluation.criteria, id, direction) };
}

/** Removes a criterion with its scores, its pairwise judgments and its weight in every weighting set. */
export function removeCriterion(evaluation: VendorEvaluation, id: string): VendorEvaluation {
  const { weighting } = evaluation;
  return {
    ...evaluation,
    criteria: removeById(evaluation.criteria, id),
    scores: evaluation.scores.filter((score) => score.criterionId !== id),
    weighting: {
      ...weighting,
      pairwise: weighting.pairwise.filter((judgment) => judgment.a !== id && judgment.b !== id),
      sets: weighting.sets.map((set) => {
        const weights = { ...set.weights };
        delete weights[id];
        return { ...set, weights };
      }),
    },
  };
}

/**
 * Sets one evaluator's score for a vendor on a criterion (1–5), or clears it (null: not scored). The score is
 * found through the scores' index, and the new array's index is derived from it (a key press in the score grid).
 */
export function setScore(evaluation: VendorEvaluation, key: ScoreKey, score: number | null): VendorEvaluation {
  const { scores } = evaluation;
  const index = scoreIndexOf(scores);
  const existing = scoreAt(index, key);
  if (score === null) {
    if (!existing) return evaluation;
    return withScoreAt(evaluation, index, key, existing, undefined);
  }
  if (existing?.score === score) return evaluation;
  const next = existing ? { ...existing, score } : { ...key, score, note: '' };
  return withScoreAt(evaluation, index, key, existing, next);
}

/** The note beside a score; a cell nobody scored has nowhere to keep one. */
export function setScoreNote(evaluation: VendorEvaluation, key: ScoreKey, note: string): VendorEvaluation {
  const index = scoreIndexOf(evaluation.scores);
  const existing = scoreAt(index, key);
  if (!existing || existing.note === note) return evaluation;
  return withScoreAt(evaluation, index, key, existing, { ...existing, note });
}

/** The evaluation with `existing` (the score at `key`, if any) replaced by `next` (none: removed). */
function withScoreAt(
  evaluation: VendorEvaluation,
  index: ScoreIndex,
  key: ScoreKey,
  existing: Score | undefined,
  next: Score | undefined,
): VendorEvaluation {
  const { scores } = evaluation;
  const at = existing ? scores.indexOf(existing) : -1;
  let changed: Score[];
  if (at < 0) changed = next ? [...scores, next] : [...scores];
  else changed = next ? scores.with(at, next) : scores.toSpliced(at, 1);
  indexEdit(index, changed, key, next);
  return { ...evaluation, scores: changed };
}

export function setWeighting(evaluation: VendorEvaluation, patch: Partial<Weighting>): VendorEvaluation {
  return { ...evaluation, weighting: { ...evaluation.weighting, ...patch } };
}

/**
 * Records how much more important `a` is than `b` on Saaty's 1–9 scale (below 1: `b` matters more). One
 * judgment per pair, whichever way round it was stored; 1 (equally important) is kept too.
 */
export function setJudgment(evaluation: VendorEvaluation, a: string, b: string, value: number): VendorEvaluation {
  const pairwise = evaluation.weighting.pairwise.filter((j) => !((j.a === a && j.b === b) || (j.a === b && j.b === a)));
  return setWeighting(evaluation, { pairwise: [...pairwise, { a, b, value }] });
}

/** The judgment of `a` against `b` as stored either way round; 1 when nobody judged the pair. */
export function judgmentOf(weighting: Weighting, a: string, b: string): number {
  for (const j of weighting.pairwise) {
    if (j.a === a && j.b === b) return j.value;
    if (j.a === b && j.b === a) return 1 / j.value;
  }
  return 1;
}

export function addWeightingSet(evaluation: VendorEvaluation, set: WeightingSet): VendorEvaluation {
  return setWeighting(evaluation, { sets: [...evaluation.weighting.sets, set] });
}

export function updateWeightingSet(
  evaluation: VendorEvaluation,
  id: string,
  patch: Partial<Omit<WeightingSet, 'id'>>,
): VendorEvaluation {
  return setWeighting(evaluation, { sets: updateById(evaluation.weighting.sets, id, patch) });
}

/** Removes a set; when it was the one in use, the weights go back to the criteria's own. */
export function removeWeightingSet(evaluation: VendorEvaluation, id: string): VendorEvaluation {
  const { weighting } = evaluation;
  return setWeighting(evaluation, {
    sets: removeById(weighting.sets, id),
    activeSetId: weighting.activeSetId === id ? null : weighting.activeSetId,
  });
}
