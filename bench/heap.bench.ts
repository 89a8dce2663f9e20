import type { Page } from '@playwright/test';
import { test } from './browser/benchTest';
import { HomePage } from '../tests/e2e/pages/HomePage';
import { appAgainstFloor } from './browser/alternate';
import { openFromHome, smallProjectName } from './browser/projects';
import { focusableControl } from './browser/selectors';
import { addToReport, atMost, figure, ratioAtMost } from './report';
import { summarize } from './stats';

/**
 * The page's JavaScript heap after two forced garbage collections (Chrome DevTools Protocol: collectGarbage,
 * then getHeapUsage, which counts every V8 heap of the page's main thread; the worker's is its own): on the
 * Projects home and with the large project open, against the blank React page; and across 20 open/close
 * cycles of the large project.
 *
 * "Released" is checked directly: after the cycles, a heap snapshot holds none of the large project's record
 * texts. "No growth", in units of what the large project adds to the heap while open (its footprint, measured
 * in the same run): over the second half of 20 open/close cycles the heap grows by less than a quarter of a
 * footprint more than the blank page grows under as many cycles of the same Playwright actions (the harness's
 * own growth). The first half is reported too; it includes V8 compiling optimised code for the large project.
 */

const runs = 5;
const cycles = 20;
const allowedShareOfFootprint = 0.25;
const mb = (bytes: number) => Math.round(bytes / 10_485.76) / 100;

async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return mb(usedSize);
  } finally {
    await session.detach();
  }
}

/** From the first of a series to its last. */
const growth = (series: readonly number[]) => (series.at(-1) ?? Number.NaN) - (series[0] ?? Number.NaN);

/**
 * How many texts of the large project's records are still in the page's heap: its criteria and checklist
 * items are named "Criterion 7", "Readiness item 42"… (bench/largeProject.ts), names nothing else uses. After
 * closing it, any such text means some record of it is still reachable: the project was not released.
 */
async function largeProjectTextsInHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => void chunks.push(chunk));
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const { strings } = JSON.parse(chunks.join('')) as { strings: string[] };
    return strings.filter((text) => /^(Criterion|Readiness item) \d+$/.test(text)).length;
  } finally {
    await session.detach();
  }
}

/** The Projects home, settled: the list shown and the app idle for a moment. */
async function settledHome(page: Page): Promise<void> {
  await new HomePage(page).expectLoaded();
  await page.waitForTimeout(500);
}

async function openAndClose(page: Page, name?: string): Promise<void> {
  const workspace = await openFromHome(page, name);
  await page.waitForTimeout(500);
  await workspace.backToProjects();
  await settledHome(page);
}

test('JS heap on the home, with the large project open, and over 20 open/close cycles', async ({ lab }) => {
  const measured = await appAgainstFloor(lab, {
    runs,
    app: {
      async measure(page) {
        await settledHome(page);
        const home = await heapAfterGc(page);
        await openFromHome(page);
        await page.waitForTimeout(1000);
        return { home, largeOpen: await heapAfterGc(page) };
      },
    },
    floor: {
      page: 'blank',
      async measure(page) {
        // The same Playwright machinery in the page as on the app's side: a locator that waited for a control.
        await page.locator(focusableControl).first().waitFor();
        await page.waitForTimeout(500);
        return heapAfterGc(page);
      },
    },
  });
  const home = summarize(measured.app.map((m) => m.home));
  const largeOpen = summarize(measured.app.map((m) => m.largeOpen));
  const blank = summarize(measured.floor);

  const overCycles = await appAgainstFloor(lab, {
    runs: 1,
    warmup: 0,
    app: {
      async measure(page) {
        await settledHome(page);
        await openAndClose(page, smallProjectName);
        const baseline = await heapAfterGc(page);
        const afterClose: number[] = [];
        for (let cycle = 0; cycle < cycles; cycle += 1) {
          await openAndClose(page);
          afterClose.push(await heapAfterGc(page));
        }
        return { baseline, afterClose, textsLeft: await largeProjectTextsInHeap(page) };
      },
    },
    floor: {
      page: 'blank',
      async measure(page) {
        const next = page.getByRole('button', { name: 'Next panel' });
        const afterCycle: number[] = [];
        for (let cycle = 0; cycle < cycles; cycle += 1) {
          await next.click();
          await next.click();
          await page.getByRole('heading', { level: 2 }).waitFor();
          await page.waitForTimeout(200);
          afterCycle.push(await heapAfterGc(page));
        }
        return afterCycle;
      },
    },
  });
  const { baseline, afterClose, textsLeft } = overCycles.app[0] ?? {
    baseline: Number.NaN,
    afterClose: [],
    textsLeft: Number.NaN,
  };
  const floorCycles = overCycles.floor[0] ?? [];
  // The first cycles also compile optimised code for paths the large project is the first to take (V8 code
  // space counts in the heap); a leak shows as growth that goes on once that has settled: the second half.
  const steady = afterClose.slice(cycles / 2);
  const floorSteady = floorCycles.slice(cycles / 2);
  const footprint = largeOpen.median - home.median;
  const allowed = Math.round(allowedShareOfFootprint * footprint * 100) / 100;

  console.log(
    `heap: home ${home.median} MB, large project open ${largeOpen.median} MB, blank page ${blank.median} MB; after closing: baseline ${baseline}, cycles ${afterClose.join(', ')} MB; blank page cycles ${floorCycles.join(', ')} MB`,
  );
  await addToReport('heap', { runs, home, largeOpen, blank, baseline, afterClose, floorCycles }, [
    figure('JS heap on the Projects home (median)', home.median, 'MB', {
      floor: blank.median,
      budget: ratioAtMost(3),
    }),
    figure('JS heap with the large project open (median)', largeOpen.median, 'MB', { floor: blank.median }),
    figure('JS heap the large project adds while open: its footprint (median)', footprint, 'MB'),
    figure(
      'JS heap after closing the large project, over the baseline (code compiled for it included)',
      (afterClose[0] ?? Number.NaN) - baseline,
      'MB',
    ),
    figure(
      `the large project's records still in the heap after ${cycles} open/close cycles (texts)`,
      textsLeft,
      'texts',
      {
        budget: atMost(0),
      },
    ),
    figure(`JS heap growth over ${cycles} open/close cycles, first close to last`, growth(afterClose), 'MB', {
      floor: growth(floorCycles),
    }),
    figure(`JS heap growth over the last ${steady.length} of ${cycles} open/close cycles`, growth(steady), 'MB', {
      floor: growth(floorSteady),
      budget: atMost(Math.round((growth(floorSteady) + allowed) * 100) / 100),
    }),
  ]);
});
