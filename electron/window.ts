import { BrowserWindow, shell, type WebContents } from 'electron';
import type { EventName, Events } from '../shared/contract';
import { appEntryUrl, mainWindowOptions, mayNavigate, newWindowDecision } from './policy';
import type { WindowPlacement } from './services';
import { placementOf, type RestoredBounds } from './windowBounds';

/**
 * For any web contents: navigation stays inside the app, no new windows and no webviews; a safe `https:`
 * link goes to the user's browser.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = newWindowDecision(url);
    if (decision.openInBrowser) void shell.openExternal(url);
    return { action: decision.action };
  });
}

export function sendEvent<E extends EventName>(window: BrowserWindow, event: E, payload: Events[E]): void {
  window.webContents.send(event, payload);
}

export interface MainWindow {
  window: BrowserWindow;
  /** The page has saved (or the user chose to close without saving): close for real. */
  closeNow(): void;
}

/**
 * The main window, where it was last time. Closing asks the page to flush its autosave; the page answers
 * with `app:close-window` once the edits are on disk, or asks the user when they could not be saved — so the
 * window never closes over unsaved work, and never asks when there is nothing to lose. A renderer that crashed
 * or hangs cannot answer: then the window closes as asked.
 */
export function createMainWindow(
  preloadPath: string,
  restored: RestoredBounds,
  onClosing: (placement: WindowPlacement) => void,
): MainWindow {
  const window = new BrowserWindow({ ...mainWindowOptions(preloadPath), ...restored.bounds });
  if (restored.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // The title is the project's and the edited marker (set from the page's reports), not the HTML <title>.
  window.on('page-title-updated', (event) => event.preventDefault());

  let pageAgreed = false;
  let rendererGone = false;
  window.webContents.on('render-process-gone', () => (rendererGone = true));
  window.webContents.on('unresponsive', () => (rendererGone = true));
  window.webContents.on('responsive', () => (rendererGone = false));
  window.on('close', (event) => {
    if (pageAgreed || rendererGone) {
      onClosing(placementOf(window.getNormalBounds(), window.isMaximized()));
      return;
    }
    event.preventDefault();
    sendEvent(window, 'app:close-requested', {});
  });

  void window.loadURL(appEntryUrl);
  return {
    window,
    closeNow() {
      pageAgreed = true;
      window.close();
    },
  };
}
