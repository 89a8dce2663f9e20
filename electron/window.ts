import { BrowserWindow, shell, type WebContents } from 'electron';
import type { EventName, Events } from '../shared/contract';
import { appEntryUrl, isSafeExternalUrl, mainWindowOptions } from './policy';

/** How long a closing window waits for the renderer to flush its pending save before asking again next time. */
const closeFlushTimeoutMs = 10_000;

/** Denies navigation, new windows and webviews for any web contents; safe `https:` links go to the browser. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function sendEvent<E extends EventName>(window: BrowserWindow, event: E, payload: Events[E]): void {
  window.webContents.send(event, payload);
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());

  // Closing asks the renderer to flush its autosave; it closes the window itself once the edits are on
  // disk. When they cannot be saved it keeps the window open and says why, so nothing is lost; the next
  // close asks again.
  let closeRequested = false;
  // A renderer that crashed or hangs cannot answer: then the window closes as asked.
  let rendererGone = false;
  window.webContents.on('render-process-gone', () => (rendererGone = true));
  window.webContents.on('unresponsive', () => (rendererGone = true));
  window.webContents.on('responsive', () => (rendererGone = false));
  window.on('close', (event) => {
    if (closeRequested || rendererGone) return;
    closeRequested = true;
    event.preventDefault();
    sendEvent(window, 'app:close-requested', {});
    setTimeout(() => {
      closeRequested = false;
    }, closeFlushTimeoutMs);
  });

  void window.loadURL(appEntryUrl);
  return window;
}
