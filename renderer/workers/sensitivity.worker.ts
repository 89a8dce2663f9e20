import { expose } from 'comlink';
import { rankProbabilities } from '../../shared/domain/sensitivity';
import type { VendorEvaluation } from '../../shared/model/vendors';

/**
 * Rank probabilities off the UI thread: thousands of sampled weightings must never make typing wait. The
 * same shared/domain/sensitivity.ts the rest of the app uses, reached through Comlink.
 */
const sensitivityWorker = {
  rankProbabilities(vendors: VendorEvaluation, samples?: number): Record<string, number> {
    return rankProbabilities({ vendors }, samples === undefined ? {} : { samples });
  },
};

export type SensitivityWorker = typeof sensitivityWorker;

expose(sensitivityWorker);
