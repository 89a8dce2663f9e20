import { hostname, userInfo } from 'node:os';
import { readFile, rm, stat } from 'node:fs/promises';
import { z } from 'zod';
import type { LockHolder } from '../../shared/contract';
import { newId } from '../../shared/ids';
import { createFileExclusive, writeFileDurable } from './durableWrite';
import { fileIdentity, type FileIdentity } from './fileIdentity';
import type { Log } from './log';
import type { MachineIdentity } from './machineIdentity';
import type { Clock } from './ports';

const LockSchema = z.object({
  instance: z.string(),
  /** The random id of the machine (`<userData>/machine-id`); older locks have only the host name. */
  machine: z.string().optional(),
  pid: z.number().int(),
  host: z.string(),
  user: z.string(),
  since: z.string(),
  refreshedAt: z.string(),
});
type LockInfo = z.infer<typeof LockSchema>;

export const lockRefreshMs = 30_000;
/**
 * A lock not refreshed for this long, by this machine's clock, belongs to a copy of the app that is gone
 * (crash, unplugged laptop). A refresh time further in the future than this is a clock set wrong: its age
 * is then how long this app has seen the lock unchanged.
 */
export const lockStaleMs = 120_000;

export type LockResult =
  | { acquired: true }
  /** `holder` is who has it, when known; `reason` says why the project is read-only, in a sentence. */
  | { acquired: false; holder: LockHolder | null; reason: string };

/** Where the lock of the file at `realPath` lives: beside the real file, whatever path led to it. */
export const lockPathFor = (realPath: string) => `${realPath}.lock`;

/** Makes a lock file that must not exist yet; tests pass one that fails the way a read-only share does. */
export type CreateLockFile = (path: string, text: string) => Promise<void>;

/**
 * `<file>.orw.lock` tells other copies of the app — on this computer or on another one sharing the folder —
 * that a project is being edited. A second opener gets it read-only; a stale lock is taken over.
 */
export class ProjectLocks {
  /** Identifies this running copy, so two service instances in one process are told apart. */
  private readonly instance = newId();
  /** Held locks by file identity key. */
  private readonly held = new Map<string, { lockPath: string; since: string; timer: ReturnType<typeof setInterval> }>();
  /** The identity key of every path a lock was asked for, so `isHeld` can answer without the disk. */
  private readonly keys = new Map<string, string>();
  /** When this app first saw a lock file with exactly this content, by its own clock. */
  private readonly firstSeen = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly machine: MachineIdentity,
    private readonly log: Log,
    private readonly createLockFile: CreateLockFile = createFileExclusive,
  ) {}

  /** The identity key of a path (two spellings of one file share it). */
  async keyOf(projectPath: string): Promise<string> {
    return (await this.identify(projectPath)).key;
  }

  /** The file a path names, remembered for `isHeld`; `acquire` may be given it rather than look again. */
  async identify(projectPath: string): Promise<FileIdentity> {
    const identity = await fileIdentity(projectPath);
    this.keys.set(projectPath, identity.key);
    return identity;
  }

  async acquire(projectPath: string, identified?: FileIdentity): Promise<LockResult> {
    const { realPath, key } = identified ?? (await this.identify(projectPath));
    if (this.held.has(key)) return { acquired: true };
    const lockPath = lockPathFor(realPath);
    const since = this.clock.now().toISOString();
    const machine = await this.machine.id().catch(() => '');
    try {
      await this.createLockFile(lockPath, this.describe(since, machine));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        // Without a lock nobody would know this copy is editing: read-only, with the reason.
        this.log.write('lock', `could not create the lock for ${projectPath}`, error);
        return { acquired: false, holder: null, reason: noLockReason(code) };
      }
      const { info, text } = await readLock(lockPath);
      if (!(await this.isStale(lockPath, info, text, machine))) {
        const holder = info ? this.toHolder(info, machine) : unknownHolder(since);
        return { acquired: false, holder, reason: 'Someone else has this project open.' };
      }
      this.log.write('lock', `took over a stale lock on ${projectPath}`, info ?? 'unreadable lock');
      try {
        await writeFileDurable(lockPath, this.describe(since, machine));
      } catch (writeError) {
        this.log.write('lock', `could not take over the lock for ${projectPath}`, writeError);
        return {
          acquired: false,
          holder: null,
          reason: noLockReason((writeError as NodeJS.ErrnoException).code),
        };
      }
    }
    const timer = setInterval(() => void this.refresh(key), lockRefreshMs);
    timer.unref?.();
    this.held.set(key, { lockPath, since, timer });
    return { acquired: true };
  }

  isHeld(projectPath: string): boolean {
    const key = this.keys.get(projectPath);
    return key !== undefined && this.held.has(key);
  }

  async release(projectPath: string): Promise<void> {
    const key = this.keys.get(projectPath) ?? (await this.keyOf(projectPath));
    const entry = this.held.get(key);
    if (!entry) return;
    clearInterval(entry.timer);
    this.held.delete(key);
    const { info } = await readLock(entry.lockPath);
    if (info?.instance === this.instance) await rm(entry.lockPath, { force: true }).catch(() => undefined);
  }

  async releaseAll(): Promise<void> {
    const paths = [...this.keys.keys()];
    await Promise.all(paths.map((path) => this.release(path)));
  }

  /**
   * Keeps the lock fresh — unless another copy took it over while this one slept (a laptop lid closed for
   * longer than the stale time): then the project is no longer ours and saves are refused.
   */
  private async refresh(key: string): Promise<void> {
    const entry = this.held.get(key);
    if (!entry) return;
    const { info } = await readLock(entry.lockPath);
    if (info && info.instance !== this.instance) {
      clearInterval(entry.timer);
      this.held.delete(key);
      this.log.write('lock', `another copy of the app took over ${entry.lockPath}`, info);
      return;
    }
    const machine = await this.machine.id().catch(() => '');
    await writeFileDurable(entry.lockPath, this.describe(entry.since, machine)).catch(() => undefined);
  }

  private describe(since: string, machine: string): string {
    const info: LockInfo = {
      instance: this.instance,
      machine,
      pid: process.pid,
      host: hostname(),
      user: safeUserName(),
      since,
      refreshedAt: this.clock.now().toISOString(),
    };
    return `${JSON.stringify(info, null, 2)}\n`;
  }

  /**
   * Stale when it is ours, when this machine's process that wrote it is gone, or when it has not been
   * refreshed for `lockStaleMs` by this machine's clock. The host name decides nothing: two machines can
   * share one. A refresh time far in the future (the other clock is wrong) does not keep a lock fresh
   * forever: its age is then how long this app has seen the lock unchanged.
   */
  private async isStale(lockPath: string, info: LockInfo | null, text: string, machine: string): Promise<boolean> {
    if (info?.instance === this.instance) return true;
    if (info && machine !== '' && info.machine === machine && info.pid !== process.pid && !isAlive(info.pid)) {
      return true;
    }
    const now = this.clock.now().getTime();
    const seenKey = `${lockPath}\u0000${text}`;
    const seen = this.firstSeen.get(seenKey) ?? now;
    this.firstSeen.set(seenKey, seen);
    const unchangedFor = now - seen;
    // An unreadable lock (a crash while creating it) has only its file's time.
    const written = info
      ? Date.parse(info.refreshedAt)
      : await stat(lockPath).then(
          (s) => s.mtimeMs,
          () => Number.NaN,
        );
    if (!Number.isFinite(written) || written > now + lockStaleMs) return unchangedFor > lockStaleMs;
    return now - written > lockStaleMs;
  }

  private toHolder(info: LockInfo, machine: string): LockHolder {
    const sameComputer = info.machine !== undefined && info.machine === machine;
    return { user: info.user, host: info.host, since: info.since, sameComputer };
  }
}

async function readLock(lockPath: string): Promise<{ info: LockInfo | null; text: string }> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch {
    return { info: null, text: '' };
  }
  try {
    const parsed = LockSchema.safeParse(JSON.parse(text));
    return { info: parsed.success ? parsed.data : null, text };
  } catch {
    return { info: null, text };
  }
}

function noLockReason(code: string | undefined): string {
  const why =
    code === 'EROFS'
      ? 'it is on read-only media'
      : code === 'EACCES' || code === 'EPERM'
        ? 'you may not create files in its folder'
        : `the lock file could not be created (${code ?? 'unknown error'})`;
  return `This project opened read-only because ${why}, so the app cannot tell others it is being edited. Open a copy to edit it.`;
}

function unknownHolder(since: string): LockHolder {
  return { user: 'someone', host: 'another computer', since, sameComputer: false };
}

/** Whether a process with this id runs on this computer. */
export function isAlive(pid: number): boolean {
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
