import type { Project } from '../../shared/model/project';
import { projectChanges } from '../../shared/model/projectDelta';
import type { Api } from '../api';
import type { AppState } from './appState';
import { HeldEdits } from './heldEdits';

type Get = () => AppState;
type Set = (partial: Partial<AppState>) => void;

export const autosaveDelayMs = 600;
/** After a failed save (disk full, USB stick pulled), try again on this schedule until it works. */
const retryDelaysMs = [5_000, 10_000, 30_000, 60_000];

/**
 * Saves the open project a moment after the last edit, one save at a time: edits made while a save is in
 * flight are saved right after it. A failed save keeps the edits in memory and retries; a conflict waits
 * for the user's choice.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  /** Bumped by every edit; a save is complete when the edit it carried is still the latest. */
  private editCount = 0;
  private savedEditCount = 0;
  private failures = 0;
  /** Set by the user's "Overwrite" choice in the conflict dialog, for the next save only. */
  private overwriteNext = false;
  /** What the file holds as far as this window knows: saves send only the sections changed since. */
  private saved: Project | null = null;
  /** Bumped by `reset`: a save answered after the project was replaced must not touch the new one. */
  private generation = 0;
  /** While a file operation (rename) runs, edits are kept but not saved: the file is about to move. */
  private paused = false;

  /** Text typed into fields and not yet in the project: committed before every save. */
  readonly held = new HeldEdits();

  constructor(
    private readonly api: Api,
    private readonly get: Get,
    private readonly set: Set,
    private readonly delayMs = autosaveDelayMs,
  ) {}

  /** Edits not on disk yet, held text included. */
  get hasUnsavedEdits(): boolean {
    return this.projectUnsaved || this.held.any;
  }

  /** Edits made to the project and not on disk yet (held text is not in the project until committed). */
  private get projectUnsaved(): boolean {
    return this.editCount !== this.savedEditCount;
  }

  /** Call after every edit of the open project. */
  edited(): void {
    this.editCount += 1;
    const { save } = this.get();
    if (save.status === 'conflict') return; // the conflict dialog decides what happens next
    // One store update per keystroke: while edits are pending the status already says so.
    if (save.status !== 'pending') this.set({ save: { ...save, status: 'pending', error: null } });
    this.schedule(this.delayMs);
  }

  /** Saves now if anything is unsaved; resolves true once everything edited so far is on disk. */
  async flush(): Promise<boolean> {
    this.held.commitAll();
    this.clearTimer();
    if (this.paused) return false;
    while (this.projectUnsaved) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      this.inFlight = this.saveOnce();
      const saved = await this.inFlight;
      this.inFlight = null;
      if (!saved) return false;
    }
    return true;
  }

  /** The user chose to replace the file on disk with their version. */
  overwrite(): Promise<boolean> {
    this.overwriteNext = true;
    if (!this.hasUnsavedEdits) this.editCount += 1;
    return this.flush();
  }

  /**
   * Forgets unsaved edits: the project was replaced (opened, reloaded, saved elsewhere, renamed) or closed.
   * `saved` is what the file now holds.
   */
  reset(saved: Project | null = null): void {
    this.held.discardAll();
    this.generation += 1;
    this.clearTimer();
    this.savedEditCount = this.editCount;
    this.failures = 0;
    this.overwriteNext = false;
    this.saved = saved;
  }

  /**
   * Runs a file operation (a rename) with every edit so far saved first and saving held back meanwhile.
   * Edits made during it stay unsaved; `rebase` tells what the file holds afterwards, and saving resumes.
   */
  async holdWhile<T>(operation: (flushed: Project) => Promise<T>): Promise<T | null> {
    const flushed = (await this.flush()) ? this.get().current?.project : undefined;
    if (!flushed) return null;
    this.paused = true;
    try {
      return await operation(flushed);
    } finally {
      this.paused = false;
      if (this.hasUnsavedEdits) this.schedule(this.delayMs);
    }
  }

  /** The file now holds `saved` (after a rename): later saves send what changed since, to the new path. */
  rebase(saved: Project): void {
    this.saved = saved;
  }

  private async saveOnce(): Promise<boolean> {
    const current = this.get().current;
    if (!current) {
      this.reset();
      return true;
    }
    const carried = this.editCount;
    const overwrite = this.overwriteNext;
    this.set({ save: { ...this.get().save, status: 'saving', error: null } });
    const sent = current.project;
    const generation = this.generation;
    const result = await this.api.saveProject({
      path: current.path,
      // Overwriting replaces whatever is on disk, so it carries everything.
      project: overwrite ? sent : projectChanges(this.saved, sent),
      baseRevision: current.revision,
      overwrite,
    });
    if (generation !== this.generation) return true; // the project was replaced meanwhile; this answer is old news
    if (!result.ok) {
      const conflict = result.error.code === 'conflict';
      this.set({ save: { ...this.get().save, status: conflict ? 'conflict' : 'error', error: result.error } });
      if (!conflict && result.error.code !== 'locked') this.scheduleRetry();
      return false;
    }
    this.overwriteNext = false;
    this.failures = 0;
    this.saved = sent;
    const now = this.get().current;
    if (now && now.path === current.path) this.set({ current: { ...now, revision: result.value.revision } });
    this.savedEditCount = carried;
    this.set({
      save: {
        status: this.hasUnsavedEdits ? 'pending' : 'saved',
        savedAt: result.value.savedAt,
        error: null,
        warning: result.value.warning ?? null,
      },
    });
    return true;
  }

  private scheduleRetry(): void {
    const delay = retryDelaysMs[Math.min(this.failures, retryDelaysMs.length - 1)] ?? 60_000;
    this.failures += 1;
    this.schedule(delay);
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
