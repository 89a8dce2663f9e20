import { test } from '../tests/e2e/fixtures';
import { alternate } from './browser/alternate';
import { closeFloor, launchApp, launchFloor } from './browser/launch';
import { startPaint } from './browser/probes';
import { placeProjects } from './browser/projects';
import { focusableControl, projectListed } from './browser/selectors';
import { addToReport, figure, ratioAtMost } from './report';
import { summarize } from './stats';

/**
 * Start: from navigation to the paint of the Projects home with a control to act on, against the blank React
 * page built with the same Vite settings; and to the paint of the project list (the home is useful then).
 * Both pages are served by the harness the same way; a fresh context each run.
 */

const runs = 21;

test('start: the Projects home painted, against a blank React page', async ({ desktop, browser }) => {
  await placeProjects(desktop);
  const measured = await alternate(
    runs,
    async () => {
      const page = await launchApp(desktop, [focusableControl, projectListed]);
      const times = { control: await startPaint(page, focusableControl), list: await startPaint(page, projectListed) };
      await desktop.quit(page);
      return times;
    },
    async () => {
      const page = await launchFloor(browser, 'blank', [focusableControl]);
      const control = await startPaint(page, focusableControl);
      await closeFloor(page);
      return control;
    },
  );
  const control = summarize(measured.app.map((times) => times.control));
  const list = summarize(measured.app.map((times) => times.list));
  const blank = summarize(measured.floor);
  console.log(
    `start: home with a control ${control.median} ms (p95 ${control.p95}), project list ${list.median} ms; blank page ${blank.median} ms (p95 ${blank.p95})`,
  );
  await addToReport('start', { runs, control, list, blank, samples: measured }, [
    figure('start: Projects home painted with a focusable control (median)', control.median, 'ms', {
      floor: blank.median,
      budget: ratioAtMost(1.3),
    }),
    figure('start: Projects home painted with a focusable control (p95)', control.p95, 'ms', { floor: blank.p95 }),
    figure('start: project list painted (median)', list.median, 'ms', { floor: blank.median }),
  ]);
});
