import { transfer, wrap, type Remote } from 'comlink';
import { raceOf } from '../../../shared/domain/sensitivity';
import { useEffect, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import type { SensitivityWorker } from '../../workers/sensitivity.worker';
import { scoredOnce, useSettledEvaluation } from './useScoring';

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

/**
 * Works out the open project's rank probabilities when the browser is idle after it opens: starting the worker (a
 * new script context, its code fetched) and the engine's first pass cost several times the computation itself.
 * Done ahead, the Vendors tab and a briefing built ahead show the figures at once instead of a moment later.
 */
export function prepareRankProbabilities(vendors: VendorEvaluation): void {
  void rankProbabilitiesOf(vendors);
}

/** How long edits must pause before the probabilities are recomputed: a burst of scores costs one run. */
const settleMs = 250;

/** One run per evaluation, whoever asks (the Vendors tab and the Briefing show the same figures). */
const runs = new WeakMap<VendorEvaluation, Promise<Record<string, number>>>();
/** What the finished runs found: a component mounting for an evaluation already worked out starts with it. */
const finished = new WeakMap<VendorEvaluation, Record<string, number>>();

function rankProbabilitiesOf(vendors: VendorEvaluation): Promise<Record<string, number>> {
  let run = runs.get(vendors);
  if (!run) {
    const started = performance.now();
    // Through a resolved promise, so a worker that cannot start (no Worker here) is a failed run, not a throw.
    run = Promise.resolve()
      .then(() => {
        const race = raceOf({ vendors }, scoredOnce(vendors).scoring);
        const arrays = [race.weights.buffer, race.scaled.buffer, race.scored.buffer];
        return sensitivityWorker().rankProbabilities(
          transfer(race, arrays),
          rankProbabilitySamples,
          vendors.sensitivitySeed,
        );
      })
      .then(
        (probabilities) => {
          // How long a run takes, round trip included, for `npm run bench` (a User Timing entry costs nothing).
          performance.measure(rankProbabilitiesMeasure, { start: started });
          return probabilities;
        },
        () => ({}),
      )
      .then((probabilities) => {
        finished.set(vendors, probabilities);
        return probabilities;
      });
    runs.set(vendors, run);
  }
  return run;
}

/**
 * Rank probabilities from the worker: null while the first run is on its way, then the latest result and the
 * evaluation it was worked out for, kept on screen while a newer one is computed: a view showing another
 * evaluation (the one being edited) marks the figures stale. While `paused` (a parked tab) no run starts.
 */
export function useRankProbabilities(paused = false): {
  probabilities: Record<string, number> | null;
  computedFor: VendorEvaluation | null;
} {
  // Settled: a scored cell does not render what shows the probabilities (the Results panel, the parked Briefing);
  // they are recomputed once the scoring pauses.
  const vendors = useSettledEvaluation(settleMs);
  const [result, setResult] = useState<{ for: VendorEvaluation; probabilities: Record<string, number> } | null>(() => {
    const known = vendors ? finished.get(vendors) : undefined;
    return vendors && known ? { for: vendors, probabilities: known } : null;
  });

  useEffect(() => {
    if (!vendors || paused) return;
    let cancelled = false;
    void rankProbabilitiesOf(vendors).then((probabilities) => {
      if (cancelled) return;
      setResult((shown) =>
        shown?.for === vendors && shown.probabilities === probabilities ? shown : { for: vendors, probabilities },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [vendors, paused]);

  return { probabilities: result?.probabilities ?? null, computedFor: result?.for ?? null };
}
