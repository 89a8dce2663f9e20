import type { Project } from '../../shared/model/project';

/** Edits in a row with the same key (typing into one field) within this time undo as one step. */
export const coalesceMs = 1200;
const maxSteps = 200;

/**
 * Undo and redo over the open project's data only — never over where it is saved or which revision it
 * reflects, so an undo is just another edit that autosave saves.
 */
export class History {
  private past: Project[] = [];
  private future: Project[] = [];
  private lastKey: string | null = null;
  private lastAt = 0;

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Remembers `before` as the state an undo returns to, unless this edit continues the previous one. */
  record(before: Project, key: string | undefined, now: number): void {
    const continues = key !== undefined && key === this.lastKey && now - this.lastAt < coalesceMs;
    this.lastKey = key ?? null;
    this.lastAt = now;
    this.future = [];
    if (continues) return;
    this.past.push(before);
    if (this.past.length > maxSteps) this.past.shift();
  }

  undo(current: Project): Project | null {
    const previous = this.past.pop();
    if (!previous) return null;
    this.future.push(current);
    this.lastKey = null;
    return previous;
  }

  redo(current: Project): Project | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push(current);
    this.lastKey = null;
    return next;
  }

  /** Applies a change made outside the history (a rename) to every remembered state, so undo keeps it. */
  rewrite(change: (project: Project) => Project): void {
    this.past = this.past.map(change);
    this.future = this.future.map(change);
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.lastKey = null;
  }
}
