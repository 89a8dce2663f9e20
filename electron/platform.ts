import { app, BrowserWindow, dialog, shell } from 'electron';
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

/** Prints in a hidden, sandboxed window with no preload and a CSP that forbids every resource. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
    const page = html.replace(/<head>/i, `<head>${csp}`);
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page)}`);
    return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    printer.destroy();
  }
}
