/** Percentile of a sample (nearest rank); `p` in [0, 100]. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = samples.toSorted((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Times `run` `times` times after `warmup` untimed runs; `before` runs untimed ahead of each. Milliseconds. */
export async function sample(
  times: number,
  run: (i: number) => Promise<unknown> | unknown,
  { warmup = 3, before }: { warmup?: number; before?: () => Promise<unknown> } = {},
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = -warmup; i < times; i += 1) {
    await before?.();
    const start = performance.now();
    await run(i);
    if (i >= 0) samples.push(performance.now() - start);
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
