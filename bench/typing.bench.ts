import type { Page } from '@playwright/test';
import { test } from './browser/benchTest';
import { appAgainstFloor } from './browser/alternate';
import { checklistNote, checklistStatus, costCell, plainTextarea, scoreCell, type TypingField } from './browser/fields';
import { keysPainted, scriptPerKeystroke, takeKeyRecords } from './browser/probes';
import { openFromHome } from './browser/projects';
import { addToReport, atMost, figure, ratioAtMost, under } from './report';
import { round, summarize } from './stats';

/**
 * Key press to next paint with the large project open, against a plain React textarea, by two methods in the
 * same presses: requestAnimationFrame (each key event's timestamp to the end of the next frame; the press
 * counts its slower event) and Event Timing (the browser's own figure, as INP reads it; it reports only
 * interactions of 16 ms or more, so one it does not report counts as 16 ms, an upper bound). Then the script
 * time of each keystroke, dispatched synthetically. The score cell is typed last: each score restarts the
 * 10,000-sample rank probabilities in the worker, timed there by the app's `orw:rank-probabilities` measure
 * (the runs started while scoring; the first run, made once the project is open, is reported apart).
 */

const runs = 7;
const presses = 40;
const eventTimingFloorMs = 16;
const fields = [checklistNote, checklistStatus, costCell, scoreCell];

interface Typed {
  toPaintMs: number[];
  eventTimingMs: number[];
  scriptMs: number[];
}

/** Presses the field's keys one at a time (each after the last one's paint, as a person types). */
async function typeInto(page: Page, field: TypingField): Promise<Typed> {
  await field.focus(page);
  // Event Timing delivers entries after their paint: let the clicks that focused the field go by first.
  await page.waitForTimeout(300);
  await takeKeyRecords(page);
  for (let press = 0; press < presses; press += 1) {
    await page.keyboard.press(field.key(press));
    await keysPainted(page, press + 1);
  }
  await page.waitForTimeout(300);
  const { keys, eventTimings } = await takeKeyRecords(page);
  const reported = eventTimings.map((interaction) => interaction.durationMs);
  const unreported = Math.max(0, presses - reported.length);
  const synthetic = Array.from({ length: presses }, (_, press) => field.key(presses + press));
  return {
    toPaintMs: keys.map((press) => press.toPaintMs),
    eventTimingMs: [...reported, ...Array.from({ length: unreported }, () => eventTimingFloorMs)],
    scriptMs: field.scripted ? await scriptPerKeystroke(page, synthetic) : [],
  };
}

const pooled = (runsOf: Typed[], pick: (typed: Typed) => number[]) => summarize(runsOf.flatMap(pick));

/** The worker's runs so far: when each started (page clock) and how long it took, round trip. */
const rankProbabilityRuns = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByName('orw:rank-probabilities')
      .map((entry) => ({ startedAt: entry.startTime, ms: entry.duration })),
  );

const pageClock = (page: Page) => page.evaluate(() => performance.now());

test('key press to paint in a checklist note, a cost cell and a score cell, against a plain textarea', async ({
  lab,
}) => {
  const measured = await appAgainstFloor(lab, {
    runs,
    app: {
      async measure(page) {
        await openFromHome(page);
        const typed = new Map<TypingField, Typed>();
        let scoringFrom = Infinity;
        for (const field of fields) {
          if (field === scoreCell) scoringFrom = await pageClock(page);
          typed.set(field, await typeInto(page, field));
        }
        // The runs the scores started, finished or not yet: wait for the last to end.
        await page.waitForTimeout(1500);
        // Apart: the first run, made once the project is open (the Vendors tab built ahead), before any score.
        const workerRuns = await rankProbabilityRuns(page);
        return {
          typed,
          workerRuns: workerRuns.filter((run) => run.startedAt >= scoringFrom).map((run) => run.ms),
          firstRuns: workerRuns.filter((run) => run.startedAt < scoringFrom).map((run) => run.ms),
        };
      },
    },
    floor: { page: 'textarea', measure: (page) => typeInto(page, plainTextarea) },
  });

  const floor = {
    toPaint: pooled(measured.floor, (t) => t.toPaintMs),
    eventTiming: pooled(measured.floor, (t) => t.eventTimingMs),
    script: pooled(measured.floor, (t) => t.scriptMs),
  };
  const workerRuns = measured.app.flatMap((run) => run.workerRuns);
  const worker = summarize(workerRuns);
  const firstWorkerRuns = measured.app.flatMap((run) => run.firstRuns);
  const firstWorker = summarize(firstWorkerRuns);
  const byField = fields.map((field) => {
    const runsOf = measured.app.flatMap((run) => run.typed.get(field) ?? []);
    return {
      field,
      toPaint: pooled(runsOf, (t) => t.toPaintMs),
      eventTiming: pooled(runsOf, (t) => t.eventTimingMs),
      reportedByEventTiming: runsOf.flatMap((t) => t.eventTimingMs).filter((ms) => ms > eventTimingFloorMs).length,
      script: pooled(runsOf, (t) => t.scriptMs),
    };
  });
  for (const f of byField) {
    console.log(
      `${f.field.name}: to paint ${f.toPaint.median} / p95 ${f.toPaint.p95} ms; Event Timing p95 ≤ ${f.eventTiming.p95} ms (${f.reportedByEventTiming} of ${f.eventTiming.n} over 16 ms); script ${f.script.median} ms`,
    );
  }
  console.log(
    `plain textarea: to paint ${floor.toPaint.median} / p95 ${floor.toPaint.p95} ms; Event Timing p95 ≤ ${floor.eventTiming.p95} ms; script ${floor.script.median} ms`,
  );
  console.log(
    `rank probabilities in the worker while scoring: ${worker.n} runs, median ${worker.median} ms; after opening, before scoring: ${firstWorker.n} runs, median ${firstWorker.median} ms`,
  );

  await addToReport(
    'typing',
    {
      runs,
      presses,
      floor,
      fields: byField.map(({ field, ...figures }) => ({ field: field.name, ...figures })),
      rankProbabilityRunsMs: workerRuns.map(round),
      rankProbabilityRunsAfterOpeningMs: firstWorkerRuns.map(round),
    },
    [
      ...byField.flatMap(({ field, toPaint, eventTiming, script }) => {
        // The status toggle was budgeted by an earlier issue (Event Timing p95 under 50 ms); the three fields
        // of issue 14 are held to the plain textarea, by both methods, and to 1 ms of script.
        const ofIssue14 = field !== checklistStatus;
        return [
          figure(`key press → paint in ${field.name}, requestAnimationFrame (median)`, toPaint.median, 'ms', {
            floor: floor.toPaint.median,
          }),
          figure(`key press → paint in ${field.name}, requestAnimationFrame (p95)`, toPaint.p95, 'ms', {
            floor: floor.toPaint.p95,
            ...(ofIssue14 ? { budget: ratioAtMost(1.2) } : {}),
          }),
          figure(`key press → paint in ${field.name}, Event Timing (p95; 16 = none slower)`, eventTiming.p95, 'ms', {
            floor: floor.eventTiming.p95,
            ...(ofIssue14 ? { budget: ratioAtMost(1.2) } : {}),
          }),
          ...(field === checklistNote
            ? []
            : [
                figure(
                  `key press → paint in ${field.name}, Event Timing (p95), earlier budget`,
                  eventTiming.p95,
                  'ms',
                  {
                    budget: under(50),
                  },
                ),
              ]),
          ...(field.scripted
            ? [
                figure(`script per keystroke in ${field.name} (median)`, script.median, 'ms', {
                  floor: floor.script.median,
                  budget: atMost(1),
                }),
                figure(`script per keystroke in ${field.name} (p95)`, script.p95, 'ms', { floor: floor.script.p95 }),
              ]
            : []),
        ];
      }),
      figure('rankProbabilities, 10,000 samples, in the worker while scoring (median)', worker.median, 'ms', {
        budget: under(200),
      }),
      figure(
        'rankProbabilities, 10,000 samples, first run after opening, tabs being built (median)',
        firstWorker.median,
        'ms',
      ),
    ],
  );
});
