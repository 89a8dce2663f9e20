import { join } from 'node:path';
import { app, ipcMain, type BrowserWindow } from 'electron';
import { fail } from '../shared/result';
import { registerHandlers } from './ipc';
import { installMenu } from './menu';
import { createPlatformPorts } from './platform';
import { isAppUrl, projectPathFromArgv } from './policy';
import { registerAppScheme, serveRenderer } from './protocol';
import { createServices } from './services';
import { createMainWindow, hardenWebContents, sendEvent } from './window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const rendererRoot = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let disposed = false;
let pendingPath: string | null = projectPathFromArgv(process.argv, process.cwd());

function openPath(path: string): void {
  if (mainWindow && !mainWindow.webContents.isLoading()) sendEvent(mainWindow, 'app:open-path', { path });
  else pendingPath = path;
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it receives our arguments through 'second-instance' and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const path = projectPathFromArgv(argv, workingDirectory);
    if (path) openPath(path);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    serveRenderer(rendererRoot);
    const services = createServices(createPlatformPorts(() => mainWindow));
    registerHandlers((channel, handle) => {
      ipcMain.handle(channel, (event, request: unknown) =>
        isAppUrl(event.senderFrame?.url)
          ? handle(request)
          : fail('invalid-request', 'Request refused: it did not come from the app.'),
      );
    }, services.handlers);
    // Locks tell other copies of the app that a project is being edited; give them up on the way out.
    app.on('will-quit', (event) => {
      if (disposed) return;
      event.preventDefault();
      disposed = true;
      void services.dispose().finally(() => app.quit());
    });
    installMenu({ isDev: !app.isPackaged, getWindow: () => mainWindow });
    mainWindow = createMainWindow(preloadPath);
    mainWindow.webContents.on('did-finish-load', () => {
      if (pendingPath && mainWindow) sendEvent(mainWindow, 'app:open-path', { path: pendingPath });
      pendingPath = null;
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
