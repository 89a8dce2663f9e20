import { randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, session, shell, type Session } from 'electron';
import { appScheme, printDocumentUrl, printHost, printResponseHeaders, printWebPreferences, parseUrl } from './policy';
import { installPrivacy } from './privacy';
import type { Ports } from './services/ports';

/** The services' ports, implemented with Electron. */
export function createPlatformPorts(getWindow: () => BrowserWindow | null): Ports {
  return {
    appVersion: app.getVersion(),
    paths: { userData: app.getPath('userData'), documents: app.getPath('documents') },
    clock: { now: () => new Date() },
    dialogs: {
      async chooseFileToOpen({ title, filters }) {
        const window = getWindow();
        const options = { title, filters, properties: ['openFile' as const] };
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseSavePath({ title, defaultPath, filters }) {
        const window = getWindow();
        const options = { title, defaultPath, filters };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
    },
    shell: {
      revealInFolder: async (path) => shell.showItemInFolder(path),
      moveToTrash: (path) => shell.trashItem(path),
    },
    pdf: { printToPdf },
  };
}

/** Documents waiting to be printed, by the token in their `app://print/<token>.html` address. */
const printJobs = new Map<string, string>();
let printSession: Session | null = null;

/**
 * The print window's own in-memory session: it serves only the documents being printed, each with its CSP as a
 * response header (not written into the document's `<head>`), and lets nothing else load.
 */
function printingSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition('orw-print', { cache: false });
  installPrivacy(ses);
  ses.protocol.handle(appScheme, (request) => {
    const url = parseUrl(request.url);
    const token = url && url.host === printHost ? decodeURIComponent(url.pathname.slice(1).replace(/\.html$/, '')) : '';
    const html = printJobs.get(token);
    return html === undefined
      ? new Response('Not found', { status: 404 })
      : new Response(html, { headers: printResponseHeaders() });
  });
  printSession = ses;
  return ses;
}

/** Prints self-contained HTML to PDF in a hidden, sandboxed window with no preload and no JavaScript. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const token = randomUUID();
  printJobs.set(token, html);
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { ...printWebPreferences(), session: printingSession() },
  });
  try {
    await printer.loadURL(printDocumentUrl(token));
    // The document's own @page rule says A4 or Letter (by the user's locale) and where the page numbers go.
    return await printer.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
  } finally {
    printJobs.delete(token);
    printer.destroy();
  }
}
