import { expose } from 'comlink';
import { sampleRace, type Race } from '../../shared/domain/sensitivity';

/**
 * Rank probabilities off the UI thread: thousands of sampled weightings must never make typing wait. The page
 * lays the race out from the scoring it has already (a few typed arrays, transferred, not copied), and the
 * worker runs the same shared/domain/sensitivity.ts sampling the rest of the app uses, through Comlink.
 */
const sensitivityWorker = {
  rankProbabilities(race: Race, samples: number, seed: number): Record<string, number> {
    return sampleRace(race, samples, seed);
  },
  /**
   * Compiles the sampling before the first real run: a small race (3 vendors × 5 criteria) sampled enough times
   * for the engine to optimise its loops, so a project's first figures are not also the code's first run.
   */
  warmUp(): void {
    const vendors = 3;
    const criteria = 5;
    const scaled = Float64Array.from({ length: vendors * criteria }, (_, i) => (i % 5) / 4);
    sampleRace(
      {
        vendorIds: ['a', 'b', 'c'],
        criteriaCount: criteria,
        weights: new Float64Array(criteria).fill(1 / criteria),
        scaled,
        scored: new Float64Array(vendors * criteria).fill(1),
      },
      warmUpSamples,
      1,
    );
  },
};

const warmUpSamples = 4_000;

export type SensitivityWorker = typeof sensitivityWorker;

expose(sensitivityWorker);
