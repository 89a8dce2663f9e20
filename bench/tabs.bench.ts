import type { Page } from '@playwright/test';
import { workspaceSections, type SectionId } from '../renderer/features/workspace/sections';
import { test } from './browser/benchTest';
import { WorkspacePage } from '../tests/e2e/pages/WorkspacePage';
import { appAgainstFloor } from './browser/alternate';
import { clickTheFloor } from './browser/launch';
import { fetchingDuring, timeInteraction } from './browser/probes';
import { openFromHome } from './browser/projects';
import { tabReady } from './browser/selectors';
import { addToReport, atMost, figure } from './report';
import { summarize } from './stats';

/**
 * Switching tabs with the large project open: from the click (its pointerdown) to the paint of the tab's own
 * content (a section still loading its code shows a placeholder, which does not count). Each run opens the
 * project in a fresh context, leaves the overview on screen as a person reading it would, and goes round every
 * tab `rounds` times: the first round's switches are first visits (the Overview is already shown), the others
 * returns. The floor: a click on the blank React page
 * that swaps its panel, as many clicks, alternated with the app.
 */

const runs = 7;
const rounds = 4;
/** A person does not switch faster; the app's work after a paint (effects, previews) settles meanwhile. */
const pauseMs = 250;
/**
 * How long the overview is on screen before the first switch: a person reads it first. The app builds the tabs
 * not yet visited meanwhile, when the browser is idle; how many it had built by the first click is reported.
 */
const overviewReadMs = 2000;
const [overview, ...others] = workspaceSections;
/** Every tab from the Overview (shown on open) rightwards, then back to the Overview. */
const order = overview ? [...others, overview] : others;

type Visit = 'first' | 'return';
const key = (id: SectionId, visit: Visit) => `${id}:${visit}`;

interface Switch {
  toPaintMs: number;
  /** Of which the code's files were being fetched (through the harness's page.route, not Electron's app://). */
  fetchingMs: number;
}

async function roundTheTabs(page: Page): Promise<Map<string, Switch[]>> {
  const workspace = new WorkspacePage(page);
  const samples = new Map<string, Switch[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const section of order) {
      const visit: Visit = round === 0 && section.id !== 'overview' ? 'first' : 'return';
      const interaction = await timeInteraction(page, 'pointerdown', tabReady(section.id), () =>
        workspace.tab(section.tab).click(),
      );
      const measured = {
        toPaintMs: interaction.paintedAt - interaction.inputAt,
        fetchingMs: await fetchingDuring(page, interaction),
      };
      samples.set(key(section.id, visit), [...(samples.get(key(section.id, visit)) ?? []), measured]);
      await page.waitForTimeout(pauseMs);
    }
  }
  return samples;
}

async function clickRepeatedly(page: Page): Promise<number[]> {
  const samples: number[] = [];
  for (let click = 1; click <= rounds * order.length; click += 1) {
    const { inputAt, paintedAt } = await clickTheFloor(page, click);
    samples.push(paintedAt - inputAt);
    await page.waitForTimeout(pauseMs);
  }
  return samples;
}

test('switching to every tab of the large project, first visits and returns, against a blank React click', async ({
  lab,
}) => {
  const measured = await appAgainstFloor(lab, {
    runs,
    app: {
      async measure(page) {
        await openFromHome(page);
        await page.waitForTimeout(overviewReadMs);
        const builtAhead = await page.locator('[role="tabpanel"][data-parked]').count();
        return { builtAhead, samples: await roundTheTabs(page) };
      },
    },
    floor: { page: 'blank', measure: clickRepeatedly },
  });
  const floor = summarize(measured.floor.flat());
  const switches = order.flatMap((section) =>
    (['first', 'return'] as const).flatMap((visit) => {
      const samples = measured.app.flatMap((run) => run.samples.get(key(section.id, visit)) ?? []);
      if (samples.length === 0) return [];
      const fetching = summarize(samples.map((s) => s.fetchingMs));
      return [{ tab: section.tab, visit, ...summarize(samples.map((s) => s.toPaintMs)), fetching }];
    }),
  );
  for (const s of switches) {
    console.log(
      `tab ${s.tab} (${s.visit}): median ${s.median} ms, p95 ${s.p95} ms, n ${s.n}; fetching code: median ${s.fetching.median} ms`,
    );
  }
  console.log(`blank React click: median ${floor.median} ms, p95 ${floor.p95} ms`);
  const builtAhead = measured.app.map((run) => run.builtAhead);
  console.log(
    `tabs built ahead by the first switch, ${overviewReadMs} ms after opening: ${builtAhead.join(', ')} of ${others.length}`,
  );
  await addToReport(
    'tabs',
    { runs, rounds, overviewReadMs, builtAhead, floor, switches },
    switches.flatMap((s) => {
      const name = `tab switch to ${s.tab}, ${s.visit === 'first' ? 'first visit' : 'return'}`;
      return [
        figure(`${name} (median)`, s.median, 'ms', { floor: floor.median, budget: atMost(20) }),
        figure(`${name} (p95)`, s.p95, 'ms', { floor: floor.p95, budget: atMost(32) }),
        ...(s.fetching.p95 > 0
          ? [figure(`${name}: of which fetching its code through the harness (median)`, s.fetching.median, 'ms')]
          : []),
      ];
    }),
  );
});
