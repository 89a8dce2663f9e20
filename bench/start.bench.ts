import { test } from './browser/benchTest';
import { appAgainstFloor } from './browser/alternate';
import { startPaint } from './browser/probes';
import { focusableControl, projectListed } from './browser/selectors';
import { addToReport, figure, ratioAtMost } from './report';
import { summarize } from './stats';

/**
 * Start: from navigation to the paint of the Projects home with a control to act on, against the blank React
 * page built with the same Vite settings; and to the paint of the project list (the home is useful then).
 * Both pages are served by the harness the same way; a fresh context each run.
 */

const runs = 21;

test('start: the Projects home painted, against a blank React page', async ({ lab }) => {
  const measured = await appAgainstFloor(lab, {
    runs,
    app: {
      starts: [focusableControl, projectListed],
      measure: async (page) => ({
        control: await startPaint(page, focusableControl),
        list: await startPaint(page, projectListed),
      }),
    },
    floor: { page: 'blank', starts: [focusableControl], measure: (page) => startPaint(page, focusableControl) },
  });
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
