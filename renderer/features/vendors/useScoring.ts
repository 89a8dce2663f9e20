import { scoreVendors, type VendorScoring } from '../../../shared/domain/scoring';
import { flipPoints, type FlipPoint } from '../../../shared/domain/sensitivity';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import { useAppStore } from '../../store';
import type { AppState } from '../../store/appState';
import { useAppStoreSettled } from '../../store/useAppStoreSettled';

const emptyEvaluation = null;

const evaluationOf = (s: AppState): VendorEvaluation | null => s.current?.project.vendors ?? emptyEvaluation;

/** The vendor evaluation of the open project; its identity changes only when something in it changes. */
export function useEvaluation(): VendorEvaluation | null {
  return useAppStore(evaluationOf);
}

/**
 * The evaluation once its edits have paused (`useAppStoreSettled`): what the ranking and the rank probabilities
 * are worked out from. A component reading it does not render on each scored cell, only when the scoring pauses.
 */
export function useSettledEvaluation(ms?: number): VendorEvaluation | null {
  return useAppStoreSettled(evaluationOf, ms);
}

/**
 * Today's scoring and flip points, recomputed only when the evaluation changes (about 1 ms on a large project),
 * once the scoring pauses: each scored cell paints at once, the ranking follows (`useAppStoreSettled`).
 * The flip points are worked out when first read (the results show them; the score grid does not).
 */
export function useScoring(): Scored | null {
  const vendors = useSettledEvaluation();
  return vendors ? scoredOnce(vendors) : null;
}

export interface Scored {
  readonly scoring: VendorScoring;
  readonly flips: FlipPoint[];
}

/** Computed once per evaluation, whoever asks: the Vendors tab and the Overview's card show the same ranking. */
const scored = new WeakMap<VendorEvaluation, Scored>();

export function scoredOnce(vendors: VendorEvaluation): Scored {
  let result = scored.get(vendors);
  if (!result) {
    const scoring = scoreVendors({ vendors });
    let flips: FlipPoint[] | null = null;
    result = {
      scoring,
      get flips() {
        return (flips ??= flipPoints({ vendors }, scoring));
      },
    };
    scored.set(vendors, result);
  }
  return result;
}
