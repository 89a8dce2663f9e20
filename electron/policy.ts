import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { isFullPath } from '../shared/model/paths';
import { projectFileExtension } from '../shared/model/projectFile';

/**
 * The security decisions of the shell, as pure functions so tests can assert them without Electron.
 * Every value here is set explicitly even where Electron's default agrees, so a changed default cannot
 * weaken the app.
 */

export const appScheme = 'app';
export const appHost = 'workbench';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

export { contentSecurityPolicy } from './contentSecurityPolicy';

/**
 * Nothing leaves the machine. Every permission a page can ask for (camera, microphone, geolocation,
 * notifications, clipboard reading, MIDI, USB, HID, serial…) is denied, asked or checked.
 */
export function permissionAllowed(_permission: string): false {
  return false;
}

/**
 * Where Chromium's spell checker would download Hunspell dictionaries (Linux and Windows builds; macOS uses the
 * system's): our own scheme, which has none, so it never fetches anything from the network.
 */
export const spellCheckerDictionaryUrl = 'app://workbench/no-dictionaries/';

/** The only requests any of the app's sessions may make: its own bundle and inline data. */
export function isAllowedRequest(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${appScheme}:` ||
    parsed.protocol === 'data:' ||
    parsed.protocol === 'blob:' ||
    parsed.protocol === 'devtools:'
  );
}

/** The PDF print window's document: styles inline, images as data URLs, nothing else — sent as a response header. */
export const printContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
export const printHost = 'print';

export const printDocumentUrl = (token: string) => `${appScheme}://${printHost}/${encodeURIComponent(token)}.html`;

export function printResponseHeaders(): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': printContentSecurityPolicy,
    'x-content-type-options': 'nosniff',
  };
}

/** The hidden window that prints HTML to PDF: sandboxed, no preload, no JavaScript, no spell checker. */
export function printWebPreferences(): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    javascript: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

export function mainWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** The window's first size, and the smallest the layout works at. */
export const mainWindowSize = { width: 1280, height: 820, minWidth: 900, minHeight: 600 };

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...mainWindowSize,
    show: false,
    title: 'Outsourcing Readiness Workbench',
    webPreferences: mainWebPreferences(preloadPath),
  };
}

export function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of our own bundle; IPC from any other frame is refused. */
export function isAppUrl(url: string | undefined): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

/** Links a user may open in their browser: `https:` with a host and no embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Whether a page may navigate (or be redirected) to `url`: only within the app's own bundle. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

/**
 * What a request for a new window gets: never a window (no popups, no `window.open`, no target=_blank);
 * a safe `https:` link opens in the user's browser instead.
 */
export function newWindowDecision(url: string): { action: 'deny'; openInBrowser: boolean } {
  return { action: 'deny', openInBrowser: isSafeExternalUrl(url) };
}

/**
 * The file under `root` that an `app://` request names, or null when the request is not ours or would
 * escape `root` (`..`, encoded separators, absolute paths).
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  const parsed = parseUrl(requestUrl);
  if (!parsed || parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  const absoluteRoot = resolve(root);
  const candidate = resolve(absoluteRoot, relativePath);
  const inside = relative(absoluteRoot, candidate);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return candidate;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function contentTypeFor(path: string): string {
  const dot = path.lastIndexOf('.');
  return contentTypes[path.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The project file the OS handed us on the command line (double-click, "Open with"), if any, as a full
 * path: a relative one is taken from the folder the command was run in.
 */
export function projectPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const last = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(projectFileExtension))
    .at(-1);
  if (last === undefined) return null;
  return isFullPath(last) ? last : resolve(workingDirectory, last);
}
