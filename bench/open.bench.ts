import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { HarnessCall } from '../tests/e2e/fixtures';
import { test } from './browser/benchTest';
import { HomePage } from '../tests/e2e/pages/HomePage';
import { WorkspacePage } from '../tests/e2e/pages/WorkspacePage';
import { appAgainstFloor } from './browser/alternate';
import { clickTheFloor } from './browser/launch';
import { timeInteraction } from './browser/probes';
import { largeProjectName } from './browser/projects';
import { tabReady } from './browser/selectors';
import { addToReport, atMost, figure } from './report';
import { summarize } from './stats';

/**
 * Opening the large project from the Projects home: from the click (its pointerdown) to the paint of the
 * overview, split three ways. Services: the `project:open` handler in the test process. Transport: the
 * harness's round trip less the services' time (JSON text through a Playwright binding; Electron's IPC is
 * another transport, so this part is reported apart and has no budget). Renderer: the rest, before the
 * request left and after the reply arrived. Floors, alternated with the app in the same run: a bare
 * `readFile` + `JSON.parse` of the same file in the same process (services), and a click on the blank React
 * page to its next paint (renderer).
 */

const runs = 9;

async function openOnce(page: Page) {
  const home = new HomePage(page);
  await home.expectLoaded();
  const { inputAt, paintedAt } = await timeInteraction(page, 'pointerdown', tabReady('overview'), () =>
    home.projectCard(largeProjectName).getByRole('button').first().click(),
  );
  const call = await page.evaluate(
    () => (window as unknown as { orwTestCalls: Record<string, HarnessCall> }).orwTestCalls['project:open'],
  );
  if (!call) throw new Error('The project was opened without a project:open call.');
  await new WorkspacePage(page).expectProject(largeProjectName);
  return {
    totalMs: paintedAt - inputAt,
    servicesMs: call.serviceMs,
    transportMs: call.arrivedAt - call.sentAt - call.serviceMs,
    rendererMs: call.sentAt - inputAt + (paintedAt - call.arrivedAt),
    rendererAfterReplyMs: paintedAt - call.arrivedAt,
  };
}

test('open the large project: services, transport and renderer, against their floors', async ({ lab }) => {
  const { largePath } = lab;
  const measured = await appAgainstFloor(lab, {
    runs,
    app: { measure: openOnce },
    floor: {
      page: 'blank',
      async measure(page) {
        const readStart = performance.now();
        JSON.parse(await readFile(largePath, 'utf8'));
        const bareReadMs = performance.now() - readStart;
        const { inputAt, paintedAt } = await clickTheFloor(page, 1);
        return { bareReadMs, clickMs: paintedAt - inputAt };
      },
    },
  });
  const of = (pick: (split: (typeof measured.app)[number]) => number) => summarize(measured.app.map(pick));
  const total = of((s) => s.totalMs);
  const services = of((s) => s.servicesMs);
  const transport = of((s) => s.transportMs);
  const renderer = of((s) => s.rendererMs);
  const afterReply = of((s) => s.rendererAfterReplyMs);
  const bareRead = summarize(measured.floor.map((f) => f.bareReadMs));
  const click = summarize(measured.floor.map((f) => f.clickMs));
  console.log(
    `open: ${total.median} ms = services ${services.median} + transport ${transport.median} + renderer ${renderer.median} (after the reply ${afterReply.median}); bare read ${bareRead.median}, blank click ${click.median}`,
  );
  await addToReport('open', { runs, total, services, transport, renderer, afterReply, bareRead, click, measured }, [
    figure(
      'open the large project: renderer, click to overview painted less the call (median)',
      renderer.median,
      'ms',
      {
        floor: click.median,
        budget: atMost(150),
      },
    ),
    figure('open the large project: renderer (p95)', renderer.p95, 'ms', { floor: click.p95 }),
    figure('open the large project: renderer from the reply to the overview painted (median)', afterReply.median, 'ms'),
    figure('open the large project: services, project:open handler (median)', services.median, 'ms', {
      floor: bareRead.median,
    }),
    figure('open the large project: harness transport, not Electron’s (median)', transport.median, 'ms'),
    figure('open the large project: click to overview painted, all in (median)', total.median, 'ms'),
  ]);
});
