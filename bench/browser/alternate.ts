import type { Browser, Page } from '@playwright/test';
import type { Desktop } from '../../tests/e2e/fixtures';
import { closeFloor, launchApp, launchFloor, type FloorPage } from './launch';
import { placeProjects } from './projects';

/**
 * Runs the app and its floor alternately, each run in a fresh context, `runs` times after `warmup` untimed
 * pairs. Which goes first swaps every run, so a change in the machine's load falls on both sides alike.
 */
export async function alternate<A, F>(
  runs: number,
  app: () => Promise<A>,
  floor: () => Promise<F>,
  warmup = 1,
): Promise<{ app: A[]; floor: F[] }> {
  const measured = { app: [] as A[], floor: [] as F[] };
  const runApp = async (keep: boolean) => {
    const value = await app();
    if (keep) measured.app.push(value);
  };
  const runFloor = async (keep: boolean) => {
    const value = await floor();
    if (keep) measured.floor.push(value);
  };
  for (let run = -warmup; run < runs; run += 1) {
    const order = run % 2 === 0 ? [runApp, runFloor] : [runFloor, runApp];
    for (const step of order) await step(run >= 0);
  }
  return measured;
}

/** One side of a comparison: what runs in a fresh page, and which selectors are timed from its navigation. */
export interface Side<T> {
  starts?: readonly string[];
  measure(page: Page): Promise<T>;
}

/**
 * `alternate` with the pages made and closed here: the app (a fresh copy on the harness, on its Projects
 * home, the bench's projects written anew) against the floor page (`blank` or `textarea`), in fresh contexts.
 */
export function appAgainstFloor<A, F>(
  { desktop, browser }: { desktop: Desktop; browser: Browser },
  { runs, warmup, app, floor }: { runs: number; warmup?: number; app: Side<A>; floor: Side<F> & { page: FloorPage } },
): Promise<{ app: A[]; floor: F[] }> {
  return alternate(
    runs,
    async () => {
      // Every run finds the files as the first did: an edit saved by one run must not make the next one's a no-op.
      await placeProjects(desktop);
      const page = await launchApp(desktop, app.starts);
      try {
        return await app.measure(page);
      } finally {
        await desktop.quit(page);
      }
    },
    async () => {
      const page = await launchFloor(browser, floor.page, floor.starts);
      try {
        return await floor.measure(page);
      } finally {
        await closeFloor(page);
      }
    },
    warmup,
  );
}
