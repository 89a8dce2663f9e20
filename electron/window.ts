import { BrowserWindow, shell, type WebContents } from 'electron';
import type { EventName, Events } from '../shared/contract';
import { appEntryUrl, isSafeExternalUrl, mainWindowOptions } from './policy';

/** How long a closing window waits for the renderer to flush its pending save. */
const closeFlushTimeoutMs = 5000;

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

  // First close: ask the renderer to flush its autosave, then let it close the window itself.
  let closeRequested = false;
  window.on('close', (event) => {
    if (closeRequested) return;
    closeRequested = true;
    event.preventDefault();
    sendEvent(window, 'app:close-requested', {});
    setTimeout(() => {
      if (!window.isDestroyed()) window.destroy();
    }, closeFlushTimeoutMs);
  });

  void window.loadURL(appEntryUrl);
  return window;
}
