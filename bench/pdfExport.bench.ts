import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from '../tests/e2e/fixtures';
import { test } from './browser/benchTest';
import { BriefingPage } from '../tests/e2e/pages/BriefingPage';
import { launchApp } from './browser/launch';
import { openFromHome } from './browser/projects';
import { addToReport, figure, under } from './report';
import { percentile, round } from './stats';

/** Exporting the large project's briefing as PDF: from the click to the file on disk (Chromium's print engine). */
test('exporting the briefing of the large project as PDF', async ({ lab: { desktop } }) => {
  const page = await launchApp(desktop);
  await openFromHome(page);
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect(briefing.preview.getByRole('heading', { name: 'Executive summary' })).toBeVisible();
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const target = join(desktop.root, `briefing-${i}.pdf`);
    desktop.dialogAnswers.save.push(target);
    const start = performance.now();
    await briefing.export(/^PDF/);
    await expect
      .poll(
        () =>
          stat(target).then(
            (s) => s.size,
            () => 0,
          ),
        { intervals: [10] },
      )
      .toBeGreaterThan(0);
    samples.push(performance.now() - start);
    await page.getByRole('status').filter({ hasText: 'Exported to' }).waitFor();
  }
  const median = round(percentile(samples, 50));
  console.log(`PDF export of the large project's briefing: median ${median} ms`);
  await addToReport('pdfExport', { samplesMs: samples.map(round) }, [
    figure('PDF briefing export, large project, click to file (median)', median, 'ms', { budget: under(2000) }),
  ]);
});
