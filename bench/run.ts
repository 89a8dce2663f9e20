import { benchManyScores } from './manyScores';
import { benchPersistence } from './persistence';
import { bundleFigures } from './bundle';
import { benchBriefing, benchDomain } from './domain';
import { addToReport, startReport, verdict } from './report';

/**
 * `npm run bench` runs `measure` (Node-side budgets), then the Chromium bench (bench/ui.bench.ts), then
 * `verdict`, which prints every budget and fails when one is missed. Not part of `npm test`: timings
 * belong here, not in assertions.
 */

const line = (label: string, s: { p50: number; p95: number }) =>
  console.log(`${label.padEnd(36)} p50 ${s.p50} ms, p95 ${s.p95} ms`);

const under = (name: string, measured: number, limit: number) => ({ name, measured, limit, unit: 'ms', strict: true });

async function measure(): Promise<void> {
  await startReport();

  const persistence = await benchPersistence();
  console.log(`large project file: ${(persistence.fileBytes / 1024).toFixed(0)} KiB`);
  line('open (services)', persistence.open);
  line('bare readFile + JSON.parse', persistence.bareOpen);
  line('save (services)', persistence.save);
  line('save through IPC (with validation)', persistence.saveThroughIpc);
  line('bare write + fsync + rename + fsync', persistence.bareSave);
  await addToReport('persistence', persistence, [
    { name: 'save ÷ bare durable write (p50)', measured: persistence.saveRatio, limit: 1.5, unit: '×' },
    { name: 'open ÷ bare read + JSON.parse (p50)', measured: persistence.openRatio, limit: 2, unit: '×' },
  ]);

  const manyScores = benchManyScores();
  console.log(`parseProjectFile, 100,000 scores: median ${manyScores.medianMs} ms, max ${manyScores.maxMs} ms`);
  await addToReport('manyScores', manyScores, [
    { name: 'parseProjectFile, 100,000 scores (max)', measured: manyScores.maxMs, limit: 2000, unit: 'ms' },
  ]);

  const domain = benchDomain();
  for (const [name, t] of Object.entries(domain)) line(`${name}, large project`, { p50: t.medianMs, p95: t.p95Ms });
  await addToReport('domain', domain, [
    under('assessReadiness, large project (median)', domain.readiness.medianMs, 1),
    under('buildBusinessCase, large project (median)', domain.businessCase.medianMs, 1),
    under('scoreVendors, large project (median)', domain.scoreVendors.medianMs, 2),
    under('rankProbabilities, 10,000 samples, large project (median, Node)', domain.rankProbabilities.medianMs, 200),
  ]);

  const briefing = await benchBriefing();
  line('compose + HTML briefing, large project', {
    p50: briefing.composeAndHtml.medianMs,
    p95: briefing.composeAndHtml.p95Ms,
  });
  console.log(`Word briefing, large project: median ${briefing.docxMedianMs} ms`);
  await addToReport('briefing', briefing, [
    under('compose + render HTML briefing, large project (median)', briefing.composeAndHtml.medianMs, 50),
    under('Word briefing export, large project (median)', briefing.docxMedianMs, 1000),
  ]);

  const bundle = await bundleFigures();
  console.log(
    `initial JavaScript: ${bundle.initialGzipKb} kB gzip; lazy-only packages in it: ${bundle.lazyInInitial.join(', ') || 'none'}`,
  );
  await addToReport('bundle', bundle, [
    {
      name: 'charts (@visx), Word (docx) and the worker (comlink) load on demand: packages in the initial bundle',
      measured: bundle.lazyInInitial.length,
      limit: 0,
      unit: 'packages',
    },
  ]);
}

if (process.argv[2] === 'verdict') {
  if (!(await verdict())) process.exitCode = 1;
} else {
  await measure();
}
