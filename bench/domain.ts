import { composeBriefing, renderBriefingHtml } from '../shared/briefing';
import { renderBriefingDocx } from '../shared/briefing/docx';
import { buildBusinessCase } from '../shared/domain/businessCase';
import { assessReadiness } from '../shared/domain/readiness';
import { scoreVendors } from '../shared/domain/scoring';
import { flipPoints, rankProbabilities } from '../shared/domain/sensitivity';
import type { Project } from '../shared/model/project';
import { largeProject } from './largeProject';
import { percentile } from './stats';

const micro = (ms: number) => Math.round(ms * 1000) / 1000;

export interface Timing {
  medianMs: number;
  p95Ms: number;
}

/** Runs `work` many times after a warm-up; median and p95 in milliseconds (to the microsecond). */
export function time(work: () => unknown, runs: number, warmup = Math.ceil(runs / 10)): Timing {
  for (let i = 0; i < warmup; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return { medianMs: micro(percentile(samples, 50)), p95Ms: micro(percentile(samples, 95)) };
}

/** The domain math every screen recomputes, on the large project (budgets in issues 4, 7 and 8). */
export function benchDomain(project: Project = largeProject()) {
  return {
    readiness: time(() => assessReadiness(project, '2026-11-24'), 2000),
    businessCase: time(() => buildBusinessCase(project), 2000),
    scoreVendors: time(() => scoreVendors(project), 500),
    flipPoints: time(() => flipPoints(project), 200),
    rankProbabilities: time(() => rankProbabilities(project, { samples: 10_000 }), 15, 2),
  };
}

/** The briefing on the large project (issue 10): compose + HTML for the preview, and the Word file. */
export async function benchBriefing(project: Project = largeProject()) {
  const now = new Date('2026-11-24T09:00:00Z');
  const composeAndHtml = time(() => renderBriefingHtml(composeBriefing(project, { audience: 'cfo', now })), 30, 3);
  const briefing = composeBriefing(project, { audience: 'cfo', now });
  await renderBriefingDocx(briefing);
  const samples: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    await renderBriefingDocx(briefing);
    samples.push(performance.now() - start);
  }
  return { composeAndHtml, docxMedianMs: micro(percentile(samples, 50)) };
}
