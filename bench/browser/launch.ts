import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { appUrl, installBridge, servedPage, type BridgeEnd, type Desktop } from '../../tests/e2e/fixtures';
import { installProbesBeforeLoad, timeInteraction, type TimedInteraction } from './probes';
import { floorPanel } from './selectors';

/** The floor page's build (bench/floor/vite.config.ts), served by the harness the way the app's build is. */
const floorRoot = resolve('dist/bench-floor');

/** A fresh copy of the app on the harness, with the bench's probes in its page; `startSelectors` are timed. */
export function launchApp(desktop: Desktop, startSelectors: readonly string[] = []): Promise<Page> {
  return desktop.launch({ beforeNavigate: (page) => installProbesBeforeLoad(page, startSelectors) });
}

/** The blank React page (a heading, a button, a panel) or the plain React textarea. */
export type FloorPage = 'blank' | 'textarea';

/**
 * No services behind the floor's bridge: the floor never calls them, but it is given the bridge so that it pays
 * what the harness adds to every page it serves (two bindings and a script run before the page's own, about
 * 5 ms of a start), which the desktop app's preload replaces.
 */
const noServices: BridgeEnd = {
  handle: (channel) => Promise.reject(new Error(`The floor page has no services (it called ${channel}).`)),
  dropped: () => undefined,
  dropFolder: '',
};

/** The floor in a fresh context, served like the app (same bridge, same probes). */
export async function launchFloor(
  browser: Browser,
  variant: FloorPage,
  startSelectors: readonly string[] = [],
): Promise<Page> {
  const page = await servedPage(browser, floorRoot);
  await installBridge(page, noServices);
  await installProbesBeforeLoad(page, startSelectors);
  await page.goto(variant === 'textarea' ? `${appUrl}#textarea` : appUrl);
  return page;
}

export async function closeFloor(page: Page): Promise<void> {
  await page.context().close();
}

/** The floor of a click: the blank page's button, from its pointerdown to the paint of the panel it swaps in. */
export function clickTheFloor(page: Page, click: number): Promise<TimedInteraction> {
  return timeInteraction(page, 'pointerdown', floorPanel(click), () =>
    page.getByRole('button', { name: 'Next panel' }).click(),
  );
}
