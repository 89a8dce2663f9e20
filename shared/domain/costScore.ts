import type { BusinessCase, BusinessCaseOption } from './businessCase';

/**
 * A 1–5 score for the "total cost" criterion of vendor scoring, from the business case: against today's cost
 * when there is a baseline, else against the cheapest quote.
 */

export type CostScore = 1 | 2 | 3 | 4 | 5;

/** Least saving share for each score, best first; below the last is 1. */
const savingShareSteps: ReadonlyArray<[number, CostScore]> = [
  [0.3, 5],
  [0.2, 4],
  [0.1, 3],
  [0, 2],
];
/** Largest ratio to the cheapest quote for each score, best first; above the last is 1. */
const cheapestRatioSteps: ReadonlyArray<[number, CostScore]> = [
  [1.05, 5],
  [1.15, 4],
  [1.3, 3],
  [1.5, 2],
];

/** A share as a percentage for a sentence: at most one decimal, sign dropped ("24%", "7.5%"). */
const percent = (share: number) => `${Number(Math.abs(share * 100).toFixed(1))}%`;

function byShare(savingShare: number): { score: CostScore; reason: string } {
  const score = savingShareSteps.find(([least]) => savingShare >= least)?.[1] ?? 1;
  const reason =
    savingShare >= 0
      ? `saves ${percent(savingShare)} of today's cost`
      : `costs ${percent(savingShare)} more than today's cost`;
  return { score, reason };
}

function byCheapest(annualCost: number, cheapest: BusinessCaseOption & { annualCost: number }) {
  if (annualCost === cheapest.annualCost) return { score: 5 as const, reason: 'the cheapest quote' };
  // Ratios mean nothing against a quote of zero or less: anything dearer than it scores lowest.
  if (cheapest.annualCost <= 0) return { score: 1 as const, reason: `costs more than ${cheapest.name}'s quote` };
  const ratio = annualCost / cheapest.annualCost;
  const score = cheapestRatioSteps.find(([most]) => ratio <= most)?.[1] ?? 1;
  return { score, reason: `costs ${percent(ratio - 1)} more than the cheapest quote (${cheapest.name})` };
}

const withAnnualCost = (option: BusinessCaseOption): option is BusinessCaseOption & { annualCost: number } =>
  option.kind === 'vendor' && option.annualCost !== null;

/** Vendor id → score and the reason in words, for every vendor whose yearly cost is known. */
export function costScores(businessCase: BusinessCase): Map<string, { score: CostScore; reason: string }> {
  const priced = businessCase.options.filter(withAnnualCost);
  const baselineCost = businessCase.baseline.annualCost;
  const scores = new Map<string, { score: CostScore; reason: string }>();
  if (baselineCost !== null && baselineCost > 0) {
    for (const option of priced) {
      if (option.savingShare !== null) scores.set(option.id, byShare(option.savingShare));
    }
    return scores;
  }
  const cheapest = priced.reduce<(typeof priced)[number] | null>(
    (best, option) => (best === null || option.annualCost < best.annualCost ? option : best),
    null,
  );
  if (cheapest === null) return scores;
  for (const option of priced) scores.set(option.id, byCheapest(option.annualCost, cheapest));
  return scores;
}
