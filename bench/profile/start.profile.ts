import { test } from '../browser/benchTest';
import { focusableControl } from '../browser/selectors';
import { timeByFunction, type CpuProfile } from './cpuProfile';

/**
 * Not a figure: where the start's time goes, for the next fix. The app is loaded under the DevTools CPU profiler
 * (a sample every 100 µs) from before its first script to the paint of the Projects home with a control, five
 * times, and the time printed by function as the source names it. `npm run bench:profile`.
 */
const starts = 5;
const notStarted = (): Promise<CpuProfile> => Promise.reject(new Error('the profiler did not start'));
const line = ([name, ms]: [string, number]) => `${(ms / starts).toFixed(1).padStart(8)} ms  ${name}`;

test('where the start spends its time, by function', async ({ lab }) => {
  const profiles: CpuProfile[] = [];
  for (let start = 0; start < starts; start += 1) {
    let stop = notStarted;
    const page = await lab.desktop.launch({
      async beforeNavigate(loading) {
        const cdp = await loading.context().newCDPSession(loading);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        stop = async () => ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
      },
    });
    await page.locator(focusableControl).first().waitFor();
    profiles.push(await stop());
    await lab.desktop.quit(page);
  }
  const merged: CpuProfile = {
    nodes: profiles.flatMap((profile, k) =>
      profile.nodes.map((node) => ({
        ...node,
        id: node.id + k * 1e6,
        ...(node.children ? { children: node.children.map((child) => child + k * 1e6) } : {}),
      })),
    ),
    samples: profiles.flatMap((profile, k) => profile.samples.map((id) => id + k * 1e6)),
    timeDeltas: profiles.flatMap((profile) => profile.timeDeltas),
  };
  const time = timeByFunction(merged, 'dist/renderer/assets', 30);
  console.log(`\n== start: ${(time.busyMs / starts).toFixed(1)} ms busy per start (${starts} starts)`);
  console.log('-- the app’s functions, with what they call');
  for (const entry of time.appInclusive) console.log(line(entry));
  console.log('-- every function, itself');
  for (const entry of time.self) console.log(line(entry));
});
