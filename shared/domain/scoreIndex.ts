import type { Score } from '../model/vendors';

/** Who scored, on which criterion, which vendor: the three ids that name one score. */
export interface ScoreKey {
  vendorId: string;
  criterionId: string;
  evaluatorId: string;
}

/** One evaluator's scores on one criterion, by vendor id: a row of the score grid. */
export type ScoreRowIndex = ReadonlyMap<string, Score>;

/** Scores by evaluator id, then criterion id, then vendor id; the first of two scores for one key wins, as `find` would. */
export type ScoreIndex = ReadonlyMap<string, ReadonlyMap<string, ScoreRowIndex>>;

/**
 * Looking one score up among thousands (6,000 in a large project) on every key press of the score grid costs a
 * pass over them all. The index of a scores array is built once and kept beside it; an edit of one score derives
 * the next array's index from the last by copying only the three small maps on the changed score's path, so the
 * other rows keep their maps (and a grid row whose map is unchanged need not render again).
 */
const indexes = new WeakMap<readonly Score[], ScoreIndex>();

export function scoreIndexOf(scores: readonly Score[]): ScoreIndex {
  let index = indexes.get(scores);
  if (!index) {
    index = buildIndex(scores);
    indexes.set(scores, index);
  }
  return index;
}

export function scoreAt(index: ScoreIndex, key: ScoreKey): Score | undefined {
  return index.get(key.evaluatorId)?.get(key.criterionId)?.get(key.vendorId);
}

/**
 * Records the index of `next`: the scores `previous` indexed, with the score at `key` now `score` (undefined: no
 * longer scored). The caller vouches that this is the only difference between the two arrays.
 */
export function indexEdit(previous: ScoreIndex, next: readonly Score[], key: ScoreKey, score: Score | undefined): void {
  const byCriterion = new Map(previous.get(key.evaluatorId));
  const byVendor = new Map(byCriterion.get(key.criterionId));
  if (score) byVendor.set(key.vendorId, score);
  else byVendor.delete(key.vendorId);
  if (byVendor.size > 0) byCriterion.set(key.criterionId, byVendor);
  else byCriterion.delete(key.criterionId);
  const index = new Map(previous);
  if (byCriterion.size > 0) index.set(key.evaluatorId, byCriterion);
  else index.delete(key.evaluatorId);
  indexes.set(next, index);
}

function buildIndex(scores: readonly Score[]): ScoreIndex {
  const index = new Map<string, Map<string, Map<string, Score>>>();
  for (const score of scores) {
    let byCriterion = index.get(score.evaluatorId);
    if (!byCriterion) index.set(score.evaluatorId, (byCriterion = new Map()));
    let byVendor = byCriterion.get(score.criterionId);
    if (!byVendor) byCriterion.set(score.criterionId, (byVendor = new Map()));
    if (!byVendor.has(score.vendorId)) byVendor.set(score.vendorId, score);
  }
  return index;
}
