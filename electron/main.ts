import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, ipcMain, nativeTheme, screen, session, shell } from 'electron';
import type { MainCommandId } from '../shared/commands';
import { droppedFileChannel, type Handlers, type ShellChannel } from '../shared/contract';
import { ok } from '../shared/result';
import { aboutDetail } from './about';
import { fromAppFramesOnly, registerHandlers } from './ipc';
import { installMenu, platform } from './menu';
import { isProjectFilePath, OsFileInbox } from './osFiles';
import { createPlatformPorts } from './platform';
import { isAppUrl, mainWindowSize, projectPathFromArgv } from './policy';
import { installPrivacy } from './privacy';
import { registerAppScheme, serveRenderer } from './protocol';
import { createServices, type Services } from './services';
import { createMainWindow, hardenWebContents, sendEvent, type MainWindow } from './window';
import { restoreBounds } from './windowBounds';
import { appName } from './windowChrome';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const rendererRoot = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

let mainWindow: MainWindow | null = null;
let disposed = false;
let services: Services | null = null;
const inbox = new OsFileInbox(projectPathFromArgv(process.argv, process.cwd()));

/** The OS handed us a file: the renderer may open that path (and no path it makes up itself). */
function openPath(path: string): void {
  if (!isProjectFilePath(path)) return;
  services?.acceptPathFromOs(path);
  const now = inbox.receive(path);
  if (now && mainWindow) sendEvent(mainWindow.window, 'app:open-path', { path: now });
}

function showAbout(): void {
  const detail = aboutDetail(
    {
      app: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      v8: process.versions.v8,
    },
    `${process.platform} ${process.getSystemVersion()}`,
  );
  if (platform === 'darwin') {
    app.setAboutPanelOptions({ applicationName: appName, applicationVersion: app.getVersion(), credits: detail });
    app.showAboutPanel();
    return;
  }
  const options = { type: 'info' as const, title: `About ${appName}`, message: appName, detail, buttons: ['OK'] };
  if (mainWindow) void dialog.showMessageBox(mainWindow.window, options);
  else void dialog.showMessageBox(options);
}

async function openFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const failure = await shell.openPath(folder);
  if (failure) dialog.showErrorBox(appName, `The folder ${folder} could not be opened: ${failure}`);
}

function runMainCommand(command: MainCommandId, started: Services): void {
  if (command === 'help:about') showAbout();
  else if (command === 'help:data-folder') void openFolder(app.getPath('userData'));
  else void openFolder(started.logFolder);
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it receives our arguments through 'second-instance' and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.window.isMinimized()) mainWindow.window.restore();
      mainWindow.window.focus();
    }
    const path = projectPathFromArgv(argv, workingDirectory);
    if (path) openPath(path);
  });
  // macOS: a file double-clicked in Finder or dropped on the dock icon; may arrive before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    installPrivacy(session.defaultSession);
    serveRenderer(rendererRoot);
    const started = createServices(createPlatformPorts(() => mainWindow?.window ?? null));
    services = started;
    if (inbox.waiting) started.acceptPathFromOs(inbox.waiting);
    // A file dropped onto the window: only the preload sends this, with a path Electron read from the dropped file.
    ipcMain.on(droppedFileChannel, (event, path: unknown) => {
      if (isAppUrl(event.senderFrame?.url) && typeof path === 'string') started.acceptPathFromOs(path);
    });
    // The frame (title bar, dialogs) takes the saved theme before the window shows; the page then reports it.
    nativeTheme.themeSource = (await started.preferences().catch(() => null))?.theme ?? 'system';

    const menu = installMenu({
      isDev: !app.isPackaged,
      getWindow: () => mainWindow?.window ?? null,
      runMainCommand: (command) => runMainCommand(command, started),
    });
    const shellHandlers: Pick<Handlers, ShellChannel> = {
      'app:menu-state': async (state) => (menu.update(state), ok(null)),
      'app:close-window': async () => (mainWindow?.closeNow(), ok(null)),
    };
    registerHandlers(
      (channel, handle) => {
        const guarded = fromAppFramesOnly(handle);
        ipcMain.handle(channel, (event, request: unknown) => guarded(event.senderFrame?.url, request));
      },
      { ...started.handlers, ...shellHandlers },
    );
    // Locks tell other copies of the app that a project is being edited; give them up on the way out.
    app.on('will-quit', (event) => {
      if (disposed) return;
      event.preventDefault();
      disposed = true;
      void started.dispose().finally(() => app.quit());
    });

    const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
    const saved = await started.windowPlacement.read().catch(() => null);
    const created = createMainWindow(preloadPath, restoreBounds(saved, displays, mainWindowSize), (placement) =>
      started.windowPlacement.remember(placement),
    );
    mainWindow = created;
    const contents = created.window.webContents;
    // A reload replaces the page: files wait for the new one.
    contents.on('did-start-navigation', (event) => {
      if (event.isMainFrame && !event.isSameDocument) inbox.pageGone();
    });
    contents.on('render-process-gone', () => inbox.pageGone());
    contents.on('did-finish-load', () => {
      const path = inbox.pageLoaded();
      if (path) sendEvent(created.window, 'app:open-path', { path });
    });
    created.window.on('closed', () => {
      mainWindow = null;
    });
  });
}
