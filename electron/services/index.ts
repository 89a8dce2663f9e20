import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Preferences, ServiceHandlers } from '../../shared/contract';
import { AppFailure, fail, ok, type Result } from '../../shared/result';
import { Backups } from './backups';
import { LibraryIndex } from './libraryIndex';
import { ProjectLocks, type CreateLockFile } from './locks';
import { Log } from './log';
import { MachineIdentity } from './machineIdentity';
import { notChosen, PathGrants, requireProjectFile } from './pathGrants';
import type { Ports } from './ports';
import { ProjectFiles, type RemoveFile } from './projectFiles';
import { ProjectOperations } from './projectOperations';
import type { WindowPlacement } from './windowPlacement';

export type { Ports } from './ports';
export type { WindowPlacement } from './windowPlacement';

/** The folder, inside Documents, where new projects are created. */
export const projectsFolderName = 'Outsourcing Readiness Workbench';

export interface Services {
  /** Every contract channel but the shell's own (`shellChannels`), which the Electron shell answers. */
  handlers: ServiceHandlers;
  /** Where the log file is, for Help › Open log folder. */
  logFolder: string;
  /**
   * A file the user handed the app outside its dialogs — opened from the OS (double-click, "Open with", a
   * second launch) or dropped onto the window: from now on the renderer may open it.
   */
  acceptPathFromOs(path: string): void;
  /** The user's settings, read by the shell before the window opens (the theme of the window frame). */
  preferences(): Promise<Preferences>;
  /** Where the main window was when it last closed, and remembering where it is now. */
  windowPlacement: {
    read(): Promise<WindowPlacement | null>;
    remember(placement: WindowPlacement): void;
  };
  /** Resolves when the start-up housekeeping (pruning old backups) is done. */
  housekeeping: Promise<void>;
  /** Releases every lock this app holds; call before quitting. */
  dispose(): Promise<void>;
}

/** Internals tests replace to inject failures: a backup store that throws, a removal that fails like Windows. */
export interface ServiceOverrides {
  backups?: Backups;
  removeFile?: RemoveFile;
  createLockFile?: CreateLockFile;
}

/**
 * The composition root: every service wired to its ports. `electron/main.ts` calls it with Electron's ports,
 * the test harness with temp folders — the rest of the app cannot tell the difference.
 */
export function createServices(ports: Ports, overrides: ServiceOverrides = {}): Services {
  const { paths, clock, dialogs, shell, appVersion } = ports;
  const projectsFolder = join(paths.documents, projectsFolderName);
  const log = new Log(paths.userData, clock);
  const backups = overrides.backups ?? new Backups(join(paths.userData, 'backups'), clock);
  const library = new LibraryIndex({
    indexPath: join(paths.userData, 'library.json'),
    projectsFolder,
    clock,
    log,
    backupSources: () => backups.sources(),
  });
  const locks = new ProjectLocks(clock, new MachineIdentity(paths.userData), log, overrides.createLockFile);
  const grants = new PathGrants();
  const files = new ProjectFiles({
    library,
    locks,
    backups,
    projectsFolder,
    clock,
    appVersion,
    log,
    removeFile: overrides.removeFile ?? ((path) => rm(path)),
  });
  const operations = new ProjectOperations({
    files,
    library,
    backups,
    dialogs,
    shell,
    clock,
    documents: paths.documents,
    grants,
    pdf: ports.pdf,
  });

  /** A path from the renderer must be one the app handed out, now or in the library. */
  const chosen = async (path: string) => {
    if (!grants.has(path) && !(await library.hasPath(path))) throw notChosen();
    return path;
  };
  /** Every path in a reply is one the renderer may send back. */
  const handOut = <T extends { path: string }>(reply: T): T => {
    grants.grant(reply.path, 'app');
    return reply;
  };

  const handlers: ServiceHandlers = {
    'library:list': () => attempt(async () => ({ projects: await library.list(), projectsFolder })),
    'library:forget': ({ path }) => attempt(async () => (await library.forget(path), null)),
    'project:create': (req) => attempt(async () => handOut(await files.create(req))),
    'project:create-sample': () => attempt(async () => handOut(await files.createSample())),
    'project:open': ({ path }) =>
      attempt(async () => {
        requireProjectFile(path);
        return handOut(await files.open(await chosen(path)));
      }),
    'project:choose-and-open': () => attempt(async () => handOut(await operations.chooseAndOpen())),
    'project:locate': (req) => attempt(async () => (await chosen(req.path), handOut(await operations.locate(req)))),
    'project:save': (req) => attempt(async () => (await chosen(req.path), files.save(req))),
    'project:save-as': (req) => attempt(async () => (await chosen(req.path), handOut(await operations.saveAs(req)))),
    'project:save-copy': (req) =>
      attempt(async () => (await chosen(req.path), handOut(await operations.saveCopy(req)))),
    'project:rename': (req) => attempt(async () => (await chosen(req.path), handOut(await files.rename(req)))),
    'project:duplicate': (req) =>
      attempt(async () => (await chosen(req.path), handOut(await operations.duplicate(req)))),
    'project:open-copy': (req) =>
      attempt(async () => (await chosen(req.path), handOut(await operations.openCopy(req)))),
    'project:import': () => attempt(async () => handOut(await operations.importCopy())),
    'project:export': (req) => attempt(async () => (await chosen(req.path), operations.exportCopy(req))),
    'file:reveal': (req) => attempt(() => operations.reveal(req)),
    'file:export-text': (req) => attempt(() => operations.exportText(req)),
    'file:export-binary': (req) => attempt(() => operations.exportBinary(req)),
    'file:export-pdf': (req) => attempt(() => operations.exportPdf(req)),
    'file:import-text': (req) => attempt(() => operations.importText(req)),
    'project:delete': (req) => attempt(() => operations.moveToTrash(req)),
    'project:close': ({ path }) => attempt(async () => (await files.close(await chosen(path)), null)),
    'backup:list': (req) => attempt(async () => (await chosen(req.path), operations.listBackups(req))),
    'backup:restore': (req) => attempt(async () => (await chosen(req.path), handOut(await operations.restore(req)))),
    'preferences:get': () => attempt(() => library.preferences()),
    'preferences:set': (change) => attempt(() => library.setPreferences(change)),
  };

  const housekeeping = backups.prune().then(
    (removed) => {
      for (const path of removed) log.write('housekeeping', `removed ${path}`);
    },
    (error: unknown) => log.write('failure', 'housekeeping failed', error),
  );

  return {
    handlers,
    logFolder: log.folder,
    acceptPathFromOs: (path) => void grants.grant(path, 'os'),
    preferences: () => library.preferences(),
    windowPlacement: {
      read: () => library.windowPlacement(),
      remember: (placement) => library.setWindowPlacementSoon(placement),
    },
    housekeeping,
    async dispose() {
      await housekeeping;
      await files.closeAll();
      await library.flush();
      await log.flushed();
    },
  };
}

/** Runs a service operation, turning an `AppFailure` into a `Result` error; anything else is a bug and rethrown. */
async function attempt<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message);
    throw error;
  }
}
