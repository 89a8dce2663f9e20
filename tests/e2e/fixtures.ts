import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Browser, type Page } from '@playwright/test';
import { registerHandlers } from '../../electron/ipc';
import { contentSecurityPolicy, contentTypeFor, resolveAppAsset } from '../../electron/policy';
import { createServices, type Ports } from '../../electron/services';
import type { Channel, EventName, Events, WorkbenchBridge } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * The desktop app without Electron: the real services run in this test process on a temp folder, the built
 * renderer is served from http://app.local/, and `window.workbench` forwards to the services through
 * `page.exposeBinding`, registered by the same `registerHandlers` the main process uses. Only the transport
 * differs from the desktop app.
 */

const rendererRoot = resolve('dist/renderer');
export const appUrl = 'http://app.local/';

export interface Desktop {
  /** Stands in for the user's machine: survives "restarts" within one test. */
  userData: string;
  documents: string;
  /** Starts the app: fresh services on the same folders, a fresh window on the Projects home. */
  launch(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** Sends a main → renderer event to a page, as the main process would. */
  emit<E extends EventName>(page: Page, event: E, payload: Events[E]): Promise<void>;
}

const refuse = (what: string) => () => Promise.reject(new Error(`${what} is not available in this test`));

function testPorts(root: string): Ports {
  return {
    appVersion: '0.0.0-test',
    paths: { userData: join(root, 'userData'), documents: join(root, 'Documents') },
    clock: { now: () => new Date() },
    dialogs: { chooseFileToOpen: refuse('The open dialog'), chooseSavePath: refuse('The save dialog') },
    shell: { revealInFolder: refuse('Reveal in folder'), moveToTrash: refuse('Move to trash') },
    pdf: { printToPdf: refuse('PDF printing') },
  };
}

async function installApp(browser: Browser, ports: Ports, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme, baseURL: appUrl });
  const page = await context.newPage();
  const { handlers } = createServices(ports);
  const routes = new Map<Channel, (request: unknown) => Promise<Result<unknown>>>();
  registerHandlers((channel, handle) => routes.set(channel, handle), handlers);

  await page.exposeBinding('orwTestInvoke', async (_source, channel: Channel, request: unknown) => {
    const handle = routes.get(channel);
    if (!handle) throw new Error(`Unknown channel: ${channel}`);
    return handle(request);
  });
  await page.addInitScript(() => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const host = window as unknown as {
      orwTestInvoke(channel: string, request: unknown): Promise<unknown>;
      orwTestEmit(event: string, payload: unknown): void;
    };
    const bridge = {
      invoke: (channel: string, request: unknown) => host.orwTestInvoke(channel, request),
      on(event: string, listener: Listener) {
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    };
    host.orwTestEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
    (window as unknown as { workbench: WorkbenchBridge }).workbench = bridge as unknown as WorkbenchBridge;
  });
  await page.route(`${appUrl}**`, async (route) => {
    const url = new URL(route.request().url());
    const file = resolveAppAsset(rendererRoot, `app://workbench${url.pathname}`);
    if (!file) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': contentTypeFor(file), 'content-security-policy': contentSecurityPolicy },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  await page.goto(appUrl);
  return page;
}

export const test = base.extend<{ desktop: Desktop }>({
  desktop: async ({ browser }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'orw-e2e-'));
    const ports = testPorts(root);
    const pages: Page[] = [];
    await use({
      userData: ports.paths.userData,
      documents: ports.paths.documents,
      async launch({ colorScheme = 'light' } = {}) {
        const page = await installApp(browser, ports, colorScheme);
        pages.push(page);
        return page;
      },
      async emit(page, event, payload) {
        await page.evaluate(
          ([name, data]) => (window as unknown as { orwTestEmit(e: string, p: unknown): void }).orwTestEmit(name, data),
          [event, payload] as const,
        );
      },
    });
    await Promise.all(pages.map((page) => page.context().close()));
    await rm(root, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
