import type { Page } from '@playwright/test';

/**
 * What the browser bench installs in every page it measures, the app's and the floor's alike, before the page
 * loads: paint times of selectors, interactions from their input event to the next paint, key presses by two
 * methods (requestAnimationFrame and Event Timing), and script time per synthetic keystroke.
 *
 * "Painted" is the end of the frame in which a selector first matches: checked in a requestAnimationFrame
 * callback (which runs before that frame's paint), read in a MessageChannel task posted from it (which runs
 * after the paint).
 */

/** One key press, as Event Timing counts an interaction: its slowest event (keydown, keyup) to the next paint. */
export interface KeySample {
  key: string;
  /** The larger of keydown and keyup, each from its timestamp (when the browser received it) to the next paint. */
  toPaintMs: number;
  /** How many of its two events have reached their paint. */
  settled: number;
}

export interface TimedInteraction {
  /** The input event's timestamp (`performance.now()` time base). */
  inputAt: number;
  paintedAt: number;
}

/** One Event Timing interaction: its slowest event from input to the next paint, and its handlers' time. */
export interface EventTimingInteraction {
  durationMs: number;
  processingMs: number;
}

interface Probes {
  /** Paint time of each selector given before the page loaded (the start of the page). */
  starts: Record<string, Promise<number>>;
  paintOf(selector: string): Promise<number>;
  armed: Promise<TimedInteraction> | null;
  armInteraction(eventType: string, selector: string): void;
  keys: KeySample[];
  eventTimings: Map<number, EventTimingInteraction>;
  syntheticKeystrokes(keys: readonly string[]): Promise<number[]>;
}

type ProbeHost = Window & { orwProbes: Probes };

/** Runs in the page before any of its scripts (self-contained: Playwright sends its source text). */
function installProbes(startSelectors: readonly string[]): void {
  /** Resolves with the time at the start of a task queued now: after this task, its microtasks, and a paint due. */
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: installProbes is self-contained
  const atNextTask = (resolve: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => resolve(performance.now()));
    channel.port1.start();
    channel.port2.postMessage(null);
  };
  const nextPaint = () => new Promise<number>((resolve) => requestAnimationFrame(() => atNextTask(resolve)));
  const paintOf = (selector: string) =>
    new Promise<number>((resolve) => {
      const check = () => (document.querySelector(selector) ? atNextTask(resolve) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });

  const probes: Probes = {
    starts: Object.fromEntries(startSelectors.map((selector) => [selector, paintOf(selector)])),
    paintOf,
    armed: null,
    armInteraction(eventType, selector) {
      probes.armed = new Promise((resolve) =>
        window.addEventListener(
          eventType,
          (event) => void paintOf(selector).then((paintedAt) => resolve({ inputAt: event.timeStamp, paintedAt })),
          { capture: true, once: true },
        ),
      );
    },
    keys: [],
    eventTimings: new Map(),
    async syntheticKeystrokes(keys) {
      const samples: number[] = [];
      for (const key of keys) {
        const target = document.activeElement ?? document.body;
        const start = performance.now();
        // React renders some updates in a microtask: the keystroke's script ends when the task's microtasks do.
        const finished = new Promise<number>(atNextTask);
        const proceed = target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        // What the browser does with a character key in a text field: the new value, then an input event.
        if (
          proceed &&
          key.length === 1 &&
          (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)
        ) {
          const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), 'value')?.set;
          setter?.call(target, target.value + key);
          target.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' }));
        }
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
        samples.push((await finished) - start);
        // The next keystroke starts just after a paint, so no frame falls inside its measurement.
        await nextPaint();
      }
      return samples;
    },
  };
  (window as unknown as ProbeHost).orwProbes = probes;

  // Ahead of every other listener (the window's capture phase comes first): each key event's time to the
  // next paint. A button acts on keyup (Space), a text field on keydown: the press counts the slower.
  const toPaint = (press: KeySample, event: KeyboardEvent) =>
    void nextPaint().then((paintedAt) => {
      press.toPaintMs = Math.max(press.toPaintMs, paintedAt - event.timeStamp);
      press.settled += 1;
    });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const press = { key: event.key, toPaintMs: 0, settled: 0 };
      probes.keys.push(press);
      toPaint(press, event);
    },
    { capture: true },
  );
  window.addEventListener(
    'keyup',
    (event) => {
      const press = probes.keys.at(-1);
      if (event.isTrusted && press) toPaint(press, event);
    },
    { capture: true },
  );
  // Event Timing reports only events of 16 ms or more (its floor), rounded to 8 ms.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId === 0) continue;
      const seen = probes.eventTimings.get(entry.interactionId);
      probes.eventTimings.set(entry.interactionId, {
        durationMs: Math.max(entry.duration, seen?.durationMs ?? 0),
        processingMs: Math.max(entry.processingEnd - entry.processingStart, seen?.processingMs ?? 0),
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Installs the probes in a page that has not loaded yet; `startSelectors` are timed from navigation. */
export async function installProbesBeforeLoad(page: Page, startSelectors: readonly string[] = []): Promise<void> {
  await page.addInitScript(installProbes, startSelectors);
}

/** Milliseconds from navigation to the paint of the frame in which `selector` first matched. */
export function startPaint(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => (window as unknown as ProbeHost).orwProbes.starts[s] ?? Number.NaN, selector);
}

/**
 * Times one interaction: from the `eventType` input event that `act` causes (a pointerdown for a click) to the
 * paint of the first frame in which `selector` matches.
 */
export async function timeInteraction(
  page: Page,
  eventType: 'pointerdown' | 'keydown',
  selector: string,
  act: () => Promise<void>,
): Promise<TimedInteraction> {
  await page.evaluate(({ type, ready }) => (window as unknown as ProbeHost).orwProbes.armInteraction(type, ready), {
    type: eventType,
    ready: selector,
  });
  await act();
  return page.evaluate(async () => {
    const { armed } = (window as unknown as ProbeHost).orwProbes;
    if (!armed) throw new Error('No interaction was armed.');
    return armed;
  });
}

/** Milliseconds between the first request started during an interaction and the last response to end (0: none). */
export function fetchingDuring(page: Page, { inputAt, paintedAt }: TimedInteraction): Promise<number> {
  return page.evaluate(
    ([from, to]) => {
      const fetched = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= from && entry.startTime <= to) as PerformanceResourceTiming[];
      if (fetched.length === 0) return 0;
      return Math.max(...fetched.map((e) => e.responseEnd)) - Math.min(...fetched.map((e) => e.startTime));
    },
    [inputAt, paintedAt] as const,
  );
}

/** The key samples and Event Timing interactions recorded since the last call, which clears them. */
export function takeKeyRecords(page: Page): Promise<{ keys: KeySample[]; eventTimings: EventTimingInteraction[] }> {
  return page.evaluate(() => {
    const probes = (window as unknown as ProbeHost).orwProbes;
    const records = { keys: probes.keys, eventTimings: [...probes.eventTimings.values()] };
    probes.keys = [];
    probes.eventTimings = new Map();
    return records;
  });
}

/** Waits until `count` key presses have been made and each of their events has reached its next paint. */
export async function keysPainted(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const { keys } = (window as unknown as ProbeHost).orwProbes;
        const check = () =>
          keys.length >= n && keys.every((press) => press.settled === 2) ? resolve() : requestAnimationFrame(check);
        check();
      }),
    count,
  );
}

/**
 * Script time of each keystroke, dispatched synthetically to the focused element with a frame between them:
 * keydown, then (for a character in a text field) the new value and an input event, then keyup — every
 * handler and the React render they cause, without the browser's own input and paint work.
 */
export function scriptPerKeystroke(page: Page, keys: readonly string[]): Promise<number[]> {
  return page.evaluate((k) => (window as unknown as ProbeHost).orwProbes.syntheticKeystrokes(k), keys);
}
