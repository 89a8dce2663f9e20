import { wrap, type Remote } from 'comlink';
import { useEffect, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import type { SensitivityWorker } from '../../workers/sensitivity.worker';
import { useEvaluation } from './useScoring';

export const rankProbabilitiesMeasure = 'orw:rank-probabilities';
/** How many plausible weightings the worker samples (the handbook's default). */
export const rankProbabilitySamples = 10_000;

let worker: Remote<SensitivityWorker> | null = null;

function sensitivityWorker(): Remote<SensitivityWorker> {
  worker ??= wrap<SensitivityWorker>(
    new Worker(new URL('../../workers/sensitivity.worker.ts', import.meta.url), {
      type: 'module',
      name: 'sensitivity',
    }),
  );
  return worker;
}

/** How long edits must pause before the probabilities are recomputed: a burst of scores costs one run. */
const settleMs = 250;

/**
 * Rank probabilities from the worker: null while the first run is on its way, then the latest result,
 * kept on screen (marked stale) while a newer one is computed.
 */
export function useRankProbabilities(): { probabilities: Record<string, number> | null; stale: boolean } {
  const vendors = useEvaluation();
  const [result, setResult] = useState<{ for: VendorEvaluation; probabilities: Record<string, number> } | null>(null);

  useEffect(() => {
    if (!vendors) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      const started = performance.now();
      sensitivityWorker()
        .rankProbabilities(vendors, rankProbabilitySamples)
        .then((probabilities) => {
          // How long a run takes, round trip included, for `npm run bench` (a User Timing entry costs nothing).
          performance.measure(rankProbabilitiesMeasure, { start: started });
          if (!cancelled) setResult({ for: vendors, probabilities });
        })
        .catch(() => {
          if (!cancelled) setResult({ for: vendors, probabilities: {} });
        });
    }, settleMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [vendors]);

  return { probabilities: result?.probabilities ?? null, stale: result !== null && result.for !== vendors };
}
