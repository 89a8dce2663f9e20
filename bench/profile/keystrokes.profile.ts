import { test } from '../browser/benchTest';
import { checklistNote, costCell, scoreCell } from '../browser/fields';
import { openFromHome } from '../browser/projects';
import { timeByFunction, type CpuProfile } from './cpuProfile';

/**
 * Not a figure: where a key press's time goes, for the next fix. With the large project open, 60 presses in each
 * field the typing bench uses, under the DevTools CPU profiler (a sample every 100 µs), printed by function as the
 * source names it. `npm run bench:profile`.
 */
const presses = 60;
const line = ([name, ms]: [string, number]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`;

test('where a key press spends its time, field by field', async ({ lab }) => {
  const page = await lab.desktop.launch();
  await openFromHome(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const field of [checklistNote, costCell, scoreCell]) {
    await field.focus(page);
    await page.waitForTimeout(500);
    await cdp.send('Profiler.start');
    for (let press = 0; press < presses; press += 1) await page.keyboard.press(field.key(press));
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const time = timeByFunction(profile, 'dist/renderer/assets');
    console.log(`\n== ${field.name}: ${(time.busyMs / presses).toFixed(2)} ms busy per press (${presses} presses)`);
    console.log('-- the app’s functions, with what they call');
    for (const entry of time.appInclusive) console.log(line(entry));
    console.log('-- every function, itself');
    for (const entry of time.self) console.log(line(entry));
  }
});
