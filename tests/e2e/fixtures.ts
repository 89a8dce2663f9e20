import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Browser, type Page } from '@playwright/test';
import { registerHandlers } from '../../electron/ipc';
import { contentSecurityPolicy, contentTypeFor, resolveAppAsset } from '../../electron/policy';
import { createServices, projectsFolderName, type Services } from '../../electron/services';
import type { PdfPrinter } from '../../electron/services/ports';
import { testMachine, testPorts, type TestMachine } from '../electron/support/testPorts';
import type {
  Channel,
  EventName,
  Events,
  Handlers,
  MenuState,
  ShellChannel,
  WorkbenchBridge,
} from '../../shared/contract';
import { ok, type Result } from '../../shared/result';

/**
 * The desktop app without Electron: the real services run in this test process on a temp folder, the built
 * renderer is served from http://app.local/, and `window.workbench` forwards to the services through
 * `page.exposeBinding`, registered by the same `registerHandlers` the main process uses. Only the transport
 * differs from the desktop app: requests and replies cross as JSON text (Playwright's own serialisation of a
 * large object costs far more than Electron's structured clone), and the page keeps each channel's last call
 * timings in `window.orwTestCalls` so the bench can tell the services' time from the transport's.
 */

const rendererRoot = resolve('dist/renderer');
export const appUrl = 'http://app.local/';

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  beforeNavigate?: (page: Page) => Promise<void>;
}

export interface Desktop extends TestMachine {
  /** The app's default folder for new projects. */
  projectsFolder: string;
  /** Where files dropped onto the window come from (the harness maps a dropped file's name to this folder). */
  dropFolder: string;
  /**
   * Starts a copy of the app: fresh services on the same folders, a fresh window on the Projects home.
   * `beforeNavigate` runs once the page exists and before it loads (the bench installs its probes there).
   */
  launch(options?: LaunchOptions): Promise<Page>;
  /** Quits that copy of the app the way the desktop app does: its locks are released. */
  quit(page: Page): Promise<void>;
  /** Sends a main → renderer event to a page, as the main process would. */
  emit<E extends EventName>(page: Page, event: E, payload: Events[E]): Promise<void>;
  /** What the page last told the shell (`app:menu-state`): commands that apply, theme, recent list, title. */
  menuState(page: Page): MenuState | null;
  /** How many times the page told the shell its window may close (`app:close-window`). */
  windowCloses(page: Page): number;
}

/** What the Electron shell would have done for one page: the harness's stand-in for menus and the window. */
interface ShellRecord {
  menuState: MenuState | null;
  windowCloses: number;
}

function recordingShell(record: ShellRecord): Pick<Handlers, ShellChannel> {
  return {
    'app:menu-state': async (state) => ((record.menuState = state), ok(null)),
    'app:close-window': async () => ((record.windowCloses += 1), ok(null)),
  };
}

/** One call through the harness, as the page saw it (`performance.now()` times) and the services' share of it. */
export interface HarnessCall {
  sentAt: number;
  arrivedAt: number;
  /** Time in the handler (request validation included), measured in the test process. */
  serviceMs: number;
}

/** A page in a fresh context whose http://app.local/ serves the files of `root` with the app's CSP. */
export async function servedPage(browser: Browser, root: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme, baseURL: appUrl });
  const page = await context.newPage();
  await page.route(`${appUrl}**`, async (route) => {
    const url = new URL(route.request().url());
    const file = resolveAppAsset(root, `app://workbench${url.pathname}`);
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
  return page;
}

/** What stands behind `window.workbench` in a harness page. */
export interface BridgeEnd {
  handle(channel: Channel, request: unknown): Promise<Result<unknown>>;
  /** A file dropped onto the window, by its path in the drop folder. */
  dropped(path: string): void;
  dropFolder: string;
}

/**
 * Gives a page, before it loads, what the preload gives the desktop app's window: `window.workbench`, here
 * forwarding each request to `handle` through Playwright bindings.
 */
export async function installBridge(page: Page, { handle, dropped, dropFolder }: BridgeEnd): Promise<void> {
  await page.exposeBinding('orwTestInvoke', async (_source, channel: Channel, requestJson: string) => {
    const started = performance.now();
    const reply = await handle(channel, JSON.parse(requestJson));
    return { serviceMs: performance.now() - started, replyJson: JSON.stringify(reply) };
  });
  // What the preload's private "file:dropped" message does in the desktop app: a dropped file becomes a chosen path.
  await page.exposeBinding('orwTestDropped', (_source, path: string) => dropped(path));
  await page.addInitScript((folder: string) => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const host = window as unknown as {
      orwTestInvoke(channel: string, requestJson: string): Promise<{ serviceMs: number; replyJson: string }>;
      orwTestDropped(path: string): Promise<void>;
      orwTestEmit(event: string, payload: unknown): void;
      orwTestCalls: Record<string, HarnessCall>;
    };
    host.orwTestCalls = {};
    const bridge = {
      async invoke(channel: string, request: unknown) {
        const sentAt = performance.now();
        const { serviceMs, replyJson } = await host.orwTestInvoke(channel, JSON.stringify(request) ?? 'null');
        const reply: unknown = JSON.parse(replyJson);
        host.orwTestCalls[channel] = { sentAt, arrivedAt: performance.now(), serviceMs };
        return reply;
      },
      on(event: string, listener: Listener) {
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
      // Browsers do not reveal a dropped file's path; the harness maps its name into the drop folder.
      pathForFile: (file: { name: string }) => {
        const path = `${folder}/${file.name}`;
        void host.orwTestDropped(path);
        return path;
      },
    };
    host.orwTestEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
    (window as unknown as { workbench: WorkbenchBridge }).workbench = bridge as unknown as WorkbenchBridge;
  }, dropFolder);
}

async function installApp(
  browser: Browser,
  services: Services,
  desktop: Desktop,
  { colorScheme = 'light', beforeNavigate }: LaunchOptions,
  shell: ShellRecord,
): Promise<Page> {
  const page = await servedPage(browser, rendererRoot, colorScheme);
  const routes = new Map<Channel, (request: unknown) => Promise<Result<unknown>>>();
  registerHandlers((channel, handle) => routes.set(channel, handle), {
    ...services.handlers,
    ...recordingShell(shell),
  });

  await installBridge(page, {
    handle: async (channel, request) => {
      const handle = routes.get(channel);
      if (!handle) throw new Error(`Unknown channel: ${channel}`);
      return handle(request);
    },
    dropped: (path) => services.acceptPathFromOs(path),
    dropFolder: desktop.dropFolder,
  });
  await beforeNavigate?.(page);
  await page.goto(appUrl);
  return page;
}

/**
 * The PDF port on Chromium's own print engine (the one Electron's printToPDF uses): a fresh context with
 * JavaScript off and every request refused, like the desktop app's print window.
 */
function chromiumPrinter(browser: Browser): PdfPrinter {
  return {
    async printToPdf(html) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      } finally {
        await context.close();
      }
    },
  };
}

export const test = base.extend<{ desktop: Desktop }>({
  desktop: async ({ browser }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'orw-e2e-'));
    const running = new Map<Page, Services>();
    const shells = new Map<Page, ShellRecord>();
    const machine = testMachine(root);
    const desktop: Desktop = {
      ...machine,
      projectsFolder: join(machine.documents, projectsFolderName),
      dropFolder: join(root, 'Downloads'),
      async launch(options = {}) {
        const services = createServices({ ...testPorts(desktop), pdf: chromiumPrinter(browser) });
        const shell: ShellRecord = { menuState: null, windowCloses: 0 };
        const page = await installApp(browser, services, desktop, options, shell);
        running.set(page, services);
        shells.set(page, shell);
        return page;
      },
      async quit(page) {
        await page.context().close();
        await running.get(page)?.dispose();
        running.delete(page);
      },
      async emit(page, event, payload) {
        // The OS handed the app a file: the main process accepts the path before telling the page.
        if (event === 'app:open-path') running.get(page)?.acceptPathFromOs((payload as Events['app:open-path']).path);
        await page.evaluate(
          ([name, data]) => (window as unknown as { orwTestEmit(e: string, p: unknown): void }).orwTestEmit(name, data),
          [event, payload] as const,
        );
      },
      menuState: (page) => shells.get(page)?.menuState ?? null,
      windowCloses: (page) => shells.get(page)?.windowCloses ?? 0,
    };
    await use(desktop);
    for (const page of running.keys()) await desktop.quit(page);
    await rm(root, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
