import { join } from 'node:path';
import type { Handlers } from '../../shared/contract';
import { AppFailure, fail, ok, type Result } from '../../shared/result';
import { LibraryIndex } from './libraryIndex';
import type { Ports } from './ports';
import { ProjectFiles } from './projectFiles';

export type { Ports } from './ports';

/** The folder, inside Documents, where new projects are created. */
export const projectsFolderName = 'Outsourcing Readiness Workbench';

export interface Services {
  handlers: Handlers;
}

/**
 * The composition root: every service wired to its ports. `electron/main.ts` calls it with Electron's ports,
 * the test harness with temp folders — the rest of the app cannot tell the difference.
 */
export function createServices(ports: Ports): Services {
  const projectsFolder = join(ports.paths.documents, projectsFolderName);
  const library = new LibraryIndex(join(ports.paths.userData, 'library.json'), projectsFolder);
  const files = new ProjectFiles({ library, projectsFolder, clock: ports.clock, appVersion: ports.appVersion });

  const handlers: Handlers = {
    'library:list': () => attempt(async () => ({ projects: await library.list(), projectsFolder })),
    'project:create': (req) => attempt(() => files.create(req)),
    'project:open': (req) => attempt(() => files.openFile(req)),
    'project:save': (req) => attempt(() => files.save(req)),
    'project:rename': (req) => attempt(() => files.rename(req)),
    'project:close': (req) => attempt(() => files.close(req)),
  };
  return { handlers };
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
