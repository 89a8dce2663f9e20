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
};

export type SensitivityWorker = typeof sensitivityWorker;

expose(sensitivityWorker);
