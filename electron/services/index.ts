import { join } from 'node:path';
import type { Handlers } from '../../shared/contract';
import { AppFailure, fail, ok, type Result } from '../../shared/result';
import { Backups } from './backups';
import { LibraryIndex } from './libraryIndex';
import { ProjectLocks } from './locks';
import type { Ports } from './ports';
import { ProjectFiles } from './projectFiles';
import { ProjectOperations } from './projectOperations';

export type { Ports } from './ports';

/** The folder, inside Documents, where new projects are created. */
export const projectsFolderName = 'Outsourcing Readiness Workbench';

export interface Services {
  handlers: Handlers;
  /** Releases every lock this app holds; call before quitting. */
  dispose(): Promise<void>;
}

/**
 * The composition root: every service wired to its ports. `electron/main.ts` calls it with Electron's ports,
 * the test harness with temp folders — the rest of the app cannot tell the difference.
 */
export function createServices(ports: Ports): Services {
  const { paths, clock, dialogs, shell, appVersion } = ports;
  const projectsFolder = join(paths.documents, projectsFolderName);
  const library = new LibraryIndex(join(paths.userData, 'library.json'), projectsFolder);
  const locks = new ProjectLocks(clock);
  const backups = new Backups(join(paths.userData, 'backups'), clock);
  const files = new ProjectFiles({ library, locks, backups, projectsFolder, clock, appVersion });
  const operations = new ProjectOperations({
    files,
    library,
    backups,
    dialogs,
    shell,
    clock,
    documents: paths.documents,
  });

  const handlers: Handlers = {
    'library:list': () => attempt(async () => ({ projects: await library.list(), projectsFolder })),
    'library:forget': ({ path }) => attempt(async () => (await library.forget(path), null)),
    'project:create': (req) => attempt(() => files.create(req)),
    'project:open': ({ path }) => attempt(() => files.open(path)),
    'project:choose-and-open': () => attempt(() => operations.chooseAndOpen()),
    'project:locate': (req) => attempt(() => operations.locate(req)),
    'project:save': (req) => attempt(() => files.save(req)),
    'project:save-as': (req) => attempt(() => operations.saveAs(req)),
    'project:save-copy': (req) => attempt(() => operations.saveCopy(req)),
    'project:rename': (req) => attempt(() => files.rename(req)),
    'project:duplicate': (req) => attempt(() => operations.duplicate(req)),
    'project:open-copy': (req) => attempt(() => operations.openCopy(req)),
    'project:import': () => attempt(() => operations.importCopy()),
    'project:export': (req) => attempt(() => operations.exportCopy(req)),
    'file:reveal': (req) => attempt(() => operations.reveal(req)),
    'file:export-text': (req) => attempt(() => operations.exportText(req)),
    'file:export-binary': (req) => attempt(() => operations.exportBinary(req)),
    'file:import-text': (req) => attempt(() => operations.importText(req)),
    'project:delete': (req) => attempt(() => operations.moveToTrash(req)),
    'project:close': ({ path }) => attempt(async () => (await files.close(path), null)),
    'backup:list': (req) => attempt(() => operations.listBackups(req)),
    'backup:restore': (req) => attempt(() => operations.restore(req)),
  };
  return {
    handlers,
    async dispose() {
      await files.closeAll();
      await library.flush();
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
