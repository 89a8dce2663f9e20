import { useMemo } from 'react';
import { scoreVendors, type VendorScoring } from '../../../shared/domain/scoring';
import { flipPoints, type FlipPoint } from '../../../shared/domain/sensitivity';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import { useAppStore } from '../../store';

const emptyEvaluation = null;

/** The vendor evaluation of the open project; its identity changes only when something in it changes. */
export function useEvaluation(): VendorEvaluation | null {
  return useAppStore((s) => s.current?.project.vendors ?? emptyEvaluation);
}

/** Today's scoring and flip points, recomputed only when the evaluation changes (cheap: well under 2 ms). */
export function useScoring(): { scoring: VendorScoring; flips: FlipPoint[] } | null {
  const vendors = useEvaluation();
  return useMemo(() => {
    if (!vendors) return null;
    const scoring = scoreVendors({ vendors });
    return { scoring, flips: flipPoints({ vendors }, scoring) };
  }, [vendors]);
}
