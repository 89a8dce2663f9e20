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
 * "Released" and "no growth", as budgeted here, in units of what the large project itself adds to the heap
 * while open (its footprint, measured in the same run): once the workspace's code is loaded (a small project
 * opened and closed first: the baseline), the home's heap after closing the large project is within a quarter
 * of its footprint of the baseline (the closed project is released); and over 20 open/close cycles, from the
 * first close to the last, it grows by less than a quarter of a footprint more than the blank page grows
 * under as many cycles of the same Playwright actions (the harness's own growth: injected scripts, caches).
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
        return { baseline, afterClose };
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
  const { baseline, afterClose } = overCycles.app[0] ?? { baseline: Number.NaN, afterClose: [] };
  const floorCycles = overCycles.floor[0] ?? [];
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
      'JS heap kept after closing the large project, over the baseline',
      (afterClose[0] ?? Number.NaN) - baseline,
      'MB',
      {
        budget: atMost(allowed),
      },
    ),
    figure(`JS heap growth over ${cycles} open/close cycles, first close to last`, growth(afterClose), 'MB', {
      floor: growth(floorCycles),
      budget: atMost(Math.round((growth(floorCycles) + allowed) * 100) / 100),
    }),
  ]);
});
