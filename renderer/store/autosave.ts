import type { Api } from '../api';
import type { AppState } from './appState';

type Get = () => AppState;
type Set = (partial: Partial<AppState>) => void;

export const autosaveDelayMs = 600;

/**
 * Saves the open project a moment after the last edit, one save at a time: edits made while a save is in
 * flight are saved right after it. A failed save keeps the edits in memory and waits for a retry.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  /** Bumped by every edit; a save is complete when the edit it carried is still the latest. */
  private editCount = 0;
  private savedEditCount = 0;

  constructor(
    private readonly api: Api,
    private readonly get: Get,
    private readonly set: Set,
    private readonly delayMs = autosaveDelayMs,
  ) {}

  get hasUnsavedEdits(): boolean {
    return this.editCount !== this.savedEditCount;
  }

  /** Call after every edit of the open project. */
  edited(): void {
    this.editCount += 1;
    this.set({ save: { ...this.get().save, status: 'pending', error: null } });
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now if anything is unsaved; resolves true once everything edited so far is on disk. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (this.hasUnsavedEdits) {
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

  /** Forgets unsaved edits; only for closing a project whose edits cannot be saved and the user let go. */
  reset(): void {
    this.clearTimer();
    this.savedEditCount = this.editCount;
  }

  private async saveOnce(): Promise<boolean> {
    const current = this.get().current;
    if (!current) {
      this.savedEditCount = this.editCount;
      return true;
    }
    const carried = this.editCount;
    this.set({ save: { ...this.get().save, status: 'saving', error: null } });
    const result = await this.api.saveProject({
      path: current.path,
      project: current.project,
      baseRevision: current.revision,
    });
    const now = this.get().current;
    if (!result.ok) {
      this.set({ save: { ...this.get().save, status: 'error', error: result.error } });
      return false;
    }
    if (now && now.path === current.path) this.set({ current: { ...now, revision: result.value.revision } });
    this.savedEditCount = carried;
    this.set({
      save: { status: this.hasUnsavedEdits ? 'pending' : 'saved', savedAt: result.value.savedAt, error: null },
    });
    return true;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
