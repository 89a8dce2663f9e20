import { useEffect, useLayoutEffect, useState } from 'react';
import type { HeldEdit, HeldEdits } from './heldEdits';
import { useStoreApi } from './index';

/** Typing may pause this long before the text goes into the project; it is never held longer than the second. */
export const heldTextPauseMs = 300;
export const heldTextLongestMs = 1_000;

/** One field's held text: shown by the field at once, committed to the project a moment later. */
class TextHold implements HeldEdit {
  private text: string | null = null;
  private since = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The field's latest way to commit (set after each render; no key is pressed before the first one). */
  private commitText: (text: string) => void = () => undefined;

  constructor(
    private readonly held: HeldEdits,
    private readonly show: (text: string | null) => void,
  ) {}

  commitWith(commit: (text: string) => void): void {
    this.commitText = commit;
  }

  change(text: string): void {
    const now = Date.now();
    if (this.text === null) {
      this.since = now;
      this.held.hold(this);
    }
    this.text = text;
    this.show(text);
    if (this.timer !== null) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(heldTextPauseMs, this.since + heldTextLongestMs - now));
    this.timer = setTimeout(() => this.commit(), wait);
  }

  commit(): void {
    const text = this.text;
    this.end();
    if (text !== null) this.commitText(text);
  }

  discard(): void {
    this.end();
  }

  private end(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.held.release(this);
    this.text = null;
    this.show(null);
  }
}

/**
 * A long text field's value while the user types in it: a keystroke re-renders the field alone (not every reader
 * of the project), and the text goes into the project through `commit` once typing pauses, at least every
 * second while it goes on, when the field loses focus or leaves the page, and before any save, undo or redo
 * (see HeldEdits). `value` is the project's text; the field shows what was typed until it is committed.
 */
export function useHeldText(
  value: string,
  commit: (text: string) => void,
): { text: string; change(text: string): void; commitNow(): void } {
  const store = useStoreApi();
  const [shown, setShown] = useState<string | null>(null);
  const [hold] = useState(() => new TextHold(store.getState().heldEdits, setShown));
  useLayoutEffect(() => hold.commitWith(commit));
  useEffect(() => () => hold.commit(), [hold]);
  return { text: shown ?? value, change: (text) => hold.change(text), commitNow: () => hold.commit() };
}
