import type { Project } from '../model/project';
import type { VendorEvaluation } from '../model/vendors';
import { ahpWeights, pairwiseMatrix, type AhpResult } from './ahp';

/**
 * Vendor-fit scoring: who fits best on the weighted criteria, who is knocked out, where evaluators disagree
 * and how relational each vendor looks. The math is written out in ../shared/DOMAIN.md, "Vendor-fit scoring".
 * Type-only model imports keep this (and sensitivity.ts) free of zod, so a Web Worker can load it.
 */

/** All scoring reads of a project: its vendor evaluation (so a worker can be sent just that). */
export type ScoredProject = Pick<Project, 'vendors'>;

export type WeightMethod = 'direct' | 'ahp' | 'set';
export type RelationalLabel = 'relational' | 'mixed' | 'transactional';
/** Vendor id → criterion id → aggregated 1–5 score, or null where nobody scored. */
export type AggregatedScores = Record<string, Record<string, number | null>>;

export interface VendorResult {
  vendorId: string;
  /** 0–100 over the criteria scored for this vendor; null when none is scored (or their weight is 0). */
  total: number | null;
  /** Share of the total weight that is scored, 0–1: a total with low coverage is tentative. */
  coverage: number;
  /** 1, 2, … among vendors with a total that are not knocked out; equal totals share a rank (1, 1, 3). */
  rank: number | null;
  knockedOut: boolean;
  /** Must-have criteria whose aggregated score is below the threshold, in criteria order. */
  knockOuts: string[];
  /** Must-have criteria nobody has scored yet for this vendor. */
  unverifiedMustHaves: string[];
  /** Criteria where the evaluators' scores spread by 2 or more. */
  disagreements: { criterionId: string; spread: number }[];
  /** Plain mean of the aggregated scores on criteria with a relational signal; null when none is scored. */
  relationalIndex: number | null;
  relationalLabel: RelationalLabel | null;
  /** Points each scored criterion adds to the total (they sum to it); empty when there is no total. */
  contributions: Record<string, number>;
}

export interface VendorScoring {
  /** Criterion id → normalised weight (the weights sum to 1). */
  weights: Record<string, number>;
  /** Ranked vendors by rank (ties in project order), then knocked-out, then unscored, each in project order. */
  vendors: VendorResult[];
  aggregated: AggregatedScores;
  method: WeightMethod;
  activeSet: { id: string; name: string } | null;
  /** The AHP analysis when the weights come from pairwise judgments, else null. */
  ahp: AhpResult | null;
}

/** A spread (max − min) of evaluators' scores at least this large is a disagreement worth a conversation. */
export const disagreementSpread = 2;
export const relationalThreshold = 3.5;
export const transactionalThreshold = 2.5;
/** Below this share of the weight scored, a vendor's total is tentative: shown, but marked as such. */
export const tentativeCoverage = 0.75;
/** Totals (0–100) closer than this are equal: rounding noise must not split a tie. */
export const totalTieTolerance = 1e-9;

interface ResolvedWeights {
  /** Normalised, in criteria order. */
  values: number[];
  method: WeightMethod;
  activeSet: { id: string; name: string } | null;
  ahp: AhpResult | null;
}

function normalise(raw: readonly number[]): number[] {
  const sum = raw.reduce((total, weight) => total + weight, 0);
  return sum > 0 ? raw.map((weight) => weight / sum) : raw.map(() => 1 / raw.length);
}

function resolveWeights(evaluation: VendorEvaluation): ResolvedWeights {
  const { criteria, weighting } = evaluation;
  const activeSet = weighting.sets.find((set) => set.id === weighting.activeSetId);
  if (activeSet) {
    const points = new Map(Object.entries(activeSet.weights));
    return {
      values: normalise(criteria.map((criterion) => points.get(criterion.id) ?? 0)),
      method: 'set',
      activeSet: { id: activeSet.id, name: activeSet.name },
      ahp: null,
    };
  }
  if (weighting.method === 'ahp' && criteria.length > 0) {
    const ahp = ahpWeights(
      pairwiseMatrix(
        criteria.map((criterion) => criterion.id),
        weighting.pairwise,
      ),
    );
    return { values: normalise(ahp.weights), method: 'ahp', activeSet: null, ahp };
  }
  return {
    values: normalise(criteria.map((criterion) => criterion.weight)),
    method: weighting.method,
    activeSet: null,
    ahp: null,
  };
}

const byCriterion = (project: ScoredProject, values: readonly number[]): Record<string, number> =>
  Object.fromEntries(project.vendors.criteria.map((criterion, c) => [criterion.id, values[c] ?? 0]));

/** The normalised weight of each criterion (criterion id → weight; they sum to 1). */
export function criterionWeights(project: ScoredProject): Record<string, number> {
  return byCriterion(project, resolveWeights(project.vendors).values);
}

/** Aggregated scores and evaluator spreads, one cell per vendor × criterion at `v * criteria + c`. */
interface Cells {
  /** NaN where nobody scored. */
  aggregated: Float64Array;
  /** max − min of the evaluators' scores; 0 for fewer than two. */
  spread: Float64Array;
}

function indexOf(ids: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach(({ id }, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return index;
}

function aggregate(sorted: readonly number[], method: VendorEvaluation['aggregation']): number {
  if (method === 'mean') return sorted.reduce((sum, score) => sum + score, 0) / sorted.length;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2;
}

function aggregateCells(evaluation: VendorEvaluation): Cells {
  const { vendors, criteria, evaluators, scores, aggregation } = evaluation;
  const [vendorIndex, criterionIndex, evaluatorIndex] = [indexOf(vendors), indexOf(criteria), indexOf(evaluators)];
  const cellCount = vendors.length * criteria.length;
  const evaluatorCount = evaluators.length;
  // One slot per vendor × criterion × evaluator: a later score for the same slot overwrites an earlier one.
  const slots = new Float64Array(cellCount * evaluatorCount).fill(NaN);
  for (const score of scores) {
    const v = vendorIndex.get(score.vendorId);
    const c = criterionIndex.get(score.criterionId);
    const e = evaluatorIndex.get(score.evaluatorId);
    if (v === undefined || c === undefined || e === undefined) continue;
    slots[(v * criteria.length + c) * evaluatorCount + e] = score.score;
  }
  const aggregated = new Float64Array(cellCount).fill(NaN);
  const spread = new Float64Array(cellCount);
  const cellScores: number[] = [];
  for (let cell = 0; cell < cellCount; cell++) {
    cellScores.length = 0;
    for (let e = 0; e < evaluatorCount; e++) {
      const score = slots[cell * evaluatorCount + e] ?? NaN;
      if (!Number.isNaN(score)) cellScores.push(score);
    }
    if (cellScores.length === 0) continue;
    cellScores.sort((a, b) => a - b);
    aggregated[cell] = aggregate(cellScores, aggregation);
    spread[cell] = (cellScores.at(-1) ?? 0) - (cellScores[0] ?? 0);
  }
  return { aggregated, spread };
}

function toRecord(evaluation: VendorEvaluation, aggregated: Float64Array): AggregatedScores {
  const { vendors, criteria } = evaluation;
  return Object.fromEntries(
    vendors.map((vendor, v) => [
      vendor.id,
      Object.fromEntries(
        criteria.map((criterion, c) => {
          const score = aggregated[v * criteria.length + c] ?? NaN;
          return [criterion.id, Number.isNaN(score) ? null : score];
        }),
      ),
    ]),
  );
}

/** Vendor id → criterion id → aggregated score (mean or median of the evaluators'), null where not scored. */
export function aggregateScores(project: ScoredProject): AggregatedScores {
  return toRecord(project.vendors, aggregateCells(project.vendors).aggregated);
}

function relationalLabel(index: number): RelationalLabel {
  if (index >= relationalThreshold) return 'relational';
  if (index < transactionalThreshold) return 'transactional';
  return 'mixed';
}

type Unranked = Omit<VendorResult, 'rank'>;
const unranked = (result: Unranked): VendorResult => ({ ...result, rank: null });

function scoreVendor(
  criteria: VendorEvaluation['criteria'],
  vendorId: string,
  v: number,
  weights: readonly number[],
  cells: Cells,
): Unranked {
  let allWeight = 0;
  let scoredWeight = 0;
  let weightedScore = 0;
  let relationalSum = 0;
  let relationalCount = 0;
  const knockOuts: string[] = [];
  const unverifiedMustHaves: string[] = [];
  const disagreements: VendorResult['disagreements'] = [];
  const scored: { criterionId: string; points: number }[] = [];
  criteria.forEach((criterion, c) => {
    const weight = weights[c] ?? 0;
    const score = cells.aggregated[v * criteria.length + c] ?? NaN;
    const spread = cells.spread[v * criteria.length + c] ?? 0;
    allWeight += weight;
    if (Number.isNaN(score)) {
      if (criterion.mustHaveThreshold !== null) unverifiedMustHaves.push(criterion.id);
      return;
    }
    const points = (weight * (score - 1)) / 4;
    scoredWeight += weight;
    weightedScore += points;
    scored.push({ criterionId: criterion.id, points });
    if (criterion.mustHaveThreshold !== null && score < criterion.mustHaveThreshold) knockOuts.push(criterion.id);
    if (spread >= disagreementSpread) disagreements.push({ criterionId: criterion.id, spread });
    if (criterion.relationalSignal !== null) {
      relationalSum += score;
      relationalCount += 1;
    }
  });
  const hasTotal = scoredWeight > 0;
  const relationalIndex = relationalCount > 0 ? relationalSum / relationalCount : null;
  return {
    vendorId,
    total: hasTotal ? (100 * weightedScore) / scoredWeight : null,
    coverage: allWeight > 0 ? scoredWeight / allWeight : 0,
    knockedOut: knockOuts.length > 0,
    knockOuts,
    unverifiedMustHaves,
    disagreements,
    relationalIndex,
    relationalLabel: relationalIndex === null ? null : relationalLabel(relationalIndex),
    contributions: hasTotal
      ? Object.fromEntries(scored.map(({ criterionId, points }) => [criterionId, (100 * points) / scoredWeight]))
      : {},
  };
}

/** Ranks 1, 1, 3 by total among eligible vendors (given in project order); returns them by rank, ties in project order. */
function rankEligible(eligible: readonly Unranked[]): VendorResult[] {
  const ranks = new Map<Unranked, number>();
  let previous: { total: number; rank: number } | null = null;
  eligible
    .toSorted((a, b) => (b.total ?? 0) - (a.total ?? 0))
    .forEach((result, position) => {
      const total = result.total ?? 0;
      const rank = previous !== null && previous.total - total <= totalTieTolerance ? previous.rank : position + 1;
      ranks.set(result, rank);
      previous = { total, rank };
    });
  // `toSorted` is stable, so equal ranks keep the project's vendor order.
  return eligible
    .map((result) => ({ ...result, rank: ranks.get(result) ?? null }))
    .toSorted((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

/** Weights, aggregated scores and every vendor's total, rank, knock-outs, disagreements and relational index. */
export function scoreVendors(project: ScoredProject): VendorScoring {
  const evaluation = project.vendors;
  const weights = resolveWeights(evaluation);
  const cells = aggregateCells(evaluation);
  const results = evaluation.vendors.map((vendor, v) =>
    scoreVendor(evaluation.criteria, vendor.id, v, weights.values, cells),
  );
  const eligible = results.filter((result) => result.total !== null && !result.knockedOut);
  return {
    weights: byCriterion(project, weights.values),
    vendors: [
      ...rankEligible(eligible),
      ...results.filter((result) => result.knockedOut).map(unranked),
      ...results.filter((result) => result.total === null && !result.knockedOut).map(unranked),
    ],
    aggregated: toRecord(evaluation, cells.aggregated),
    method: weights.method,
    activeSet: weights.activeSet,
    ahp: weights.ahp,
  };
}
