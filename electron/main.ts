import { join } from 'node:path';
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import { droppedFileChannel } from '../shared/contract';
import { fail } from '../shared/result';
import { registerHandlers } from './ipc';
import { installMenu } from './menu';
import { createPlatformPorts } from './platform';
import { isAppUrl, projectPathFromArgv } from './policy';
import { installPrivacy } from './privacy';
import { registerAppScheme, serveRenderer } from './protocol';
import { createServices, type Services } from './services';
import { createMainWindow, hardenWebContents, sendEvent } from './window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const rendererRoot = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let disposed = false;
let services: Services | null = null;
let pendingPath: string | null = projectPathFromArgv(process.argv, process.cwd());

/** The OS handed us a file: the renderer may open that path (and no path it makes up itself). */
function openPath(path: string): void {
  services?.acceptPathFromOs(path);
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
    installPrivacy(session.defaultSession);
    serveRenderer(rendererRoot);
    const started = createServices(createPlatformPorts(() => mainWindow));
    services = started;
    if (pendingPath) started.acceptPathFromOs(pendingPath);
    // A file dropped onto the window: only the preload sends this, with a path Electron read from the dropped file.
    ipcMain.on(droppedFileChannel, (event, path: unknown) => {
      if (isAppUrl(event.senderFrame?.url) && typeof path === 'string') started.acceptPathFromOs(path);
    });
    registerHandlers((channel, handle) => {
      ipcMain.handle(channel, (event, request: unknown) =>
        isAppUrl(event.senderFrame?.url)
          ? handle(request)
          : fail('invalid-request', 'Request refused: it did not come from the app.'),
      );
    }, started.handlers);
    // Locks tell other copies of the app that a project is being edited; give them up on the way out.
    app.on('will-quit', (event) => {
      if (disposed) return;
      event.preventDefault();
      disposed = true;
      void started.dispose().finally(() => app.quit());
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
