import { assessReadiness } from '../shared/domain/readiness';
import { largeProject } from './largeProject';
import { percentile, round } from './stats';

/** `assessReadiness` on the large project (120 items), many times. */
export function benchReadiness(runs = 2000): { medianMs: number; p95Ms: number } {
  const project = largeProject();
  for (let i = 0; i < 200; i += 1) assessReadiness(project, '2026-11-24');
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    assessReadiness(project, '2026-11-24');
    samples.push(performance.now() - start);
  }
  return {
    medianMs: round(percentile(samples, 50) * 1000) / 1000,
    p95Ms: round(percentile(samples, 95) * 1000) / 1000,
  };
}
