import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from './ports';

/** The log rotates when it passes this size; `workbench.log.1` … `.3` keep the older parts. */
export const logMaxBytes = 512 * 1024;
export const logKeptParts = 3;
export const logFileName = 'workbench.log';

export type LogKind = 'failure' | 'repair' | 'lock' | 'housekeeping';

/**
 * `<userData>/logs/workbench.log`: what went wrong or was changed without the user's hand — failed saves and
 * backups, repairs made when reading a file, lock take-overs, housekeeping. One line each, on this computer
 * only; Help › Open log folder shows it. Logging never fails the work it describes.
 */
export class Log {
  readonly folder: string;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    userData: string,
    private readonly clock: Clock,
  ) {
    this.folder = join(userData, 'logs');
  }

  get file(): string {
    return join(this.folder, logFileName);
  }

  write(kind: LogKind, message: string, detail?: unknown): void {
    const suffix = detail === undefined ? '' : ` | ${describe(detail)}`;
    const line = `${this.clock.now().toISOString()} ${kind}: ${message}${suffix}`.replaceAll(/[\r\n]+/g, ' ');
    this.pending = this.pending.then(() => this.append(`${line}\n`)).catch(() => undefined);
  }

  /** Resolves once every line written so far is on disk. */
  flushed(): Promise<void> {
    return this.pending;
  }

  private async append(line: string): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const size = await stat(this.file).then(
      (info) => info.size,
      () => 0,
    );
    if (size + line.length > logMaxBytes && size > 0) await this.rotate();
    await appendFile(this.file, line, 'utf8');
  }

  private async rotate(): Promise<void> {
    await rm(`${this.file}.${logKeptParts}`, { force: true });
    for (let part = logKeptParts - 1; part >= 1; part -= 1) {
      await rename(`${this.file}.${part}`, `${this.file}.${part + 1}`).catch(() => undefined);
    }
    await rename(this.file, `${this.file}.1`);
  }
}

function describe(detail: unknown): string {
  if (detail instanceof Error) {
    const code = (detail as NodeJS.ErrnoException).code;
    return code ? `${code} ${detail.message}` : detail.message;
  }
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}
