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
