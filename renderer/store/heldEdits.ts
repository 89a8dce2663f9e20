/** A field's text held back from the project while the user types: what commits it, and what drops it. */
export interface HeldEdit {
  commit(): void;
  discard(): void;
}

/**
 * Edits that text fields hold while the user types, to commit to the project a moment later (see
 * `useHeldText`): a keystroke then re-renders its field alone, not every reader of the project. Anything that
 * takes the project as a whole — a save, undo, redo, closing — commits them first, so nothing typed is lost or
 * left out of an undo step.
 */
export class HeldEdits {
  private readonly held = new Set<HeldEdit>();

  hold(edit: HeldEdit): void {
    this.held.add(edit);
  }

  /** The edit has been committed or dropped by its field. */
  release(edit: HeldEdit): void {
    this.held.delete(edit);
  }

  get any(): boolean {
    return this.held.size > 0;
  }

  // Each edit releases itself as it goes: deleting the entry being visited is safe while iterating a Set.
  commitAll(): void {
    for (const edit of this.held) edit.commit();
  }

  /** The project was replaced (opened, reloaded, closed): what was typed into the old one goes with it. */
  discardAll(): void {
    for (const edit of this.held) edit.discard();
  }
}
