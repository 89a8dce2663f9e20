/** Percentile of a sample (nearest rank); `p` in [0, 100]. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = samples.toSorted((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** One thing to time: `run`, with `before` run untimed ahead of each timing. */
export interface Timed {
  run: (i: number) => Promise<unknown> | unknown;
  before?: () => Promise<unknown>;
}

/**
 * Times each of `timed` `times` times after `warmup` untimed rounds, interleaved — one of each per round,
 * the order rotating from round to round — so a figure and its floor share the same moments of the disk
 * cache, the garbage collector and the machine's other load. Milliseconds, one list per entry of `timed`.
 */
export async function sampleInterleaved(
  times: number,
  timed: readonly Timed[],
  { warmup = 3 }: { warmup?: number } = {},
): Promise<number[][]> {
  const samples = timed.map((): number[] => []);
  for (let i = -warmup; i < times; i += 1) {
    for (let k = 0; k < timed.length; k += 1) {
      const index = (k + i + warmup) % timed.length;
      const { run, before } = timed[index] as Timed;
      await before?.();
      const start = performance.now();
      await run(i);
      if (i >= 0) samples[index]?.push(performance.now() - start);
    }
  }
  return samples;
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Median and p95 (nearest rank) of a sample, rounded to hundredths. */
export function summarize(samples: readonly number[]): Summary {
  return { median: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), n: samples.length };
}
