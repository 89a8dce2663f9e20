import { hostname, userInfo } from 'node:os';
import { readFile, rm, stat } from 'node:fs/promises';
import { z } from 'zod';
import type { LockHolder } from '../../shared/contract';
import { newId } from '../../shared/ids';
import { createFileExclusive, writeFileDurable } from './durableWrite';
import type { Clock } from './ports';

const LockSchema = z.object({
  instance: z.string(),
  pid: z.number().int(),
  host: z.string(),
  user: z.string(),
  since: z.string(),
  refreshedAt: z.string(),
});
type LockInfo = z.infer<typeof LockSchema>;

export const lockRefreshMs = 30_000;
/** A lock nobody refreshed for this long belongs to a copy of the app that is gone (crash, unplugged laptop). */
export const lockStaleMs = 120_000;

export type LockResult = { acquired: true } | { acquired: false; holder: LockHolder };

export const lockPathFor = (projectPath: string) => `${projectPath}.lock`;

/**
 * `<file>.orw.lock` tells other copies of the app — on this computer or on another one sharing the folder —
 * that a project is being edited. A second opener gets it read-only; a stale lock is taken over.
 */
export class ProjectLocks {
  /** Identifies this running copy, so two service instances in one process are told apart. */
  private readonly instance = newId();
  private readonly held = new Map<string, { since: string; timer: ReturnType<typeof setInterval> | null }>();

  constructor(private readonly clock: Clock) {}

  async acquire(projectPath: string): Promise<LockResult> {
    if (this.held.has(projectPath)) return { acquired: true };
    const lockPath = lockPathFor(projectPath);
    const since = this.clock.now().toISOString();
    try {
      await createFileExclusive(lockPath, this.describe(since));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // No lock file can be made here (read-only media, no permission): nobody else can write either.
        // The project opens for editing and saves report the real problem.
        this.held.set(projectPath, { since, timer: null });
        return { acquired: true };
      }
      const holder = await this.readHolder(lockPath);
      if (!(await this.isStale(lockPath, holder))) {
        return { acquired: false, holder: holder ? this.toHolder(holder) : unknownHolder(since) };
      }
      await writeFileDurable(lockPath, this.describe(since));
    }
    const timer = setInterval(() => void this.refresh(projectPath), lockRefreshMs);
    timer.unref?.();
    this.held.set(projectPath, { since, timer });
    return { acquired: true };
  }

  isHeld(projectPath: string): boolean {
    return this.held.has(projectPath);
  }

  async release(projectPath: string): Promise<void> {
    const entry = this.held.get(projectPath);
    if (!entry) return;
    if (entry.timer) clearInterval(entry.timer);
    this.held.delete(projectPath);
    const lockPath = lockPathFor(projectPath);
    const holder = await this.readHolder(lockPath);
    if (holder?.instance === this.instance) await rm(lockPath, { force: true }).catch(() => undefined);
  }

  async releaseAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((path) => this.release(path)));
  }

  /**
   * Keeps the lock fresh — unless another copy took it over while this one slept (a laptop lid closed for
   * longer than the stale time): then the project is no longer ours and saves are refused.
   */
  private async refresh(projectPath: string): Promise<void> {
    const entry = this.held.get(projectPath);
    if (!entry) return;
    const holder = await this.readHolder(lockPathFor(projectPath));
    if (holder && holder.instance !== this.instance) {
      if (entry.timer) clearInterval(entry.timer);
      this.held.delete(projectPath);
      return;
    }
    await writeFileDurable(lockPathFor(projectPath), this.describe(entry.since)).catch(() => undefined);
  }

  private describe(since: string): string {
    const info: LockInfo = {
      instance: this.instance,
      pid: process.pid,
      host: hostname(),
      user: safeUserName(),
      since,
      refreshedAt: this.clock.now().toISOString(),
    };
    return `${JSON.stringify(info, null, 2)}\n`;
  }

  private async readHolder(lockPath: string): Promise<LockInfo | null> {
    try {
      const parsed = LockSchema.safeParse(JSON.parse(await readFile(lockPath, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** An unreadable lock (a crash while creating it) counts as held until it is old. */
  private async isStale(lockPath: string, holder: LockInfo | null): Promise<boolean> {
    if (holder?.instance === this.instance) return true;
    if (holder && holder.host === hostname() && holder.pid !== process.pid && !isAlive(holder.pid)) return true;
    const refreshed = holder ? Date.parse(holder.refreshedAt) : 0;
    const modified = await stat(lockPath).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    return this.clock.now().getTime() - Math.max(refreshed || 0, modified) > lockStaleMs;
  }

  private toHolder(info: LockInfo): LockHolder {
    return { user: info.user, host: info.host, since: info.since, sameComputer: info.host === hostname() };
  }
}

function unknownHolder(since: string): LockHolder {
  return { user: 'someone', host: 'another computer', since, sameComputer: false };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'someone';
  }
}
