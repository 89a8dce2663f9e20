import { AppFailure } from '../../shared/result';

/** Turns a Node file-system error into a sentence that tells the user what happened and what to do. */
export function ioFailure(error: unknown, action: string, path: string): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new AppFailure('not-found', `Couldn't ${action}: "${path}" or its folder no longer exists.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure(
        'io',
        `Couldn't ${action}: the disk is full. Free some space and try again; nothing was lost.`,
      );
    case 'EROFS':
      return new AppFailure('io', `Couldn't ${action}: "${path}" is on read-only media. Save a copy somewhere else.`);
    case 'EACCES':
    case 'EPERM':
      return new AppFailure('io', `Couldn't ${action}: you don't have permission to use "${path}".`);
    case 'EEXIST':
      return new AppFailure(
        'already-exists',
        `Couldn't ${action}: "${path}" already exists, and it is never replaced.`,
      );
    case 'ENAMETOOLONG':
      return new AppFailure(
        'io',
        `Couldn't ${action}: the name or folder path of "${path}" is too long. Choose a shorter name or a folder nearer the top of the drive.`,
      );
    case 'EISDIR':
      return new AppFailure('invalid-request', `Couldn't ${action}: "${path}" is a folder, not a project file.`);
    default:
      return new AppFailure('io', `Couldn't ${action} (${code ?? 'unexpected error'}). Try again.`);
  }
}

/** Runs a file operation, turning any Node error into an `AppFailure` that says what to do. */
export async function catchIo<T>(action: string, path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw ioFailure(error, action, path);
  }
}
