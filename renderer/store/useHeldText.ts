import { useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react';
import type { HeldEdit, HeldEdits } from './heldEdits';
import { useStoreApi } from './index';

/** Typing may pause this long before the text goes into the project; it is never held longer than the second. */
export const heldTextPauseMs = 300;
export const heldTextLongestMs = 1_000;

/** One field's held text: in the field at once, committed to the project a moment later. */
class TextHold implements HeldEdit {
  private text: string | null = null;
  private since = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The field's latest way to commit (set after each render; no key is pressed before the first one). */
  private commitText: (text: string) => void = () => undefined;

  constructor(
    private readonly held: HeldEdits,
    /** The hold is over: the field shows the project's text again (what was committed, or what it was). */
    private readonly released: () => void,
  ) {}

  get holding(): boolean {
    return this.text !== null;
  }

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
    this.released();
  }
}

/**
 * A long text field that keeps what is typed itself: a keystroke renders nothing (not even the field: a
 * controlled field would be rendered, and its whole text written into the page again, on every key). The text
 * goes into the project through `commit` once typing pauses, at least every second while it goes on, when the
 * field loses focus or leaves the page, and before any save, undo or redo (see HeldEdits). Whenever nothing is
 * held, the field is given the project's text `value` (at first, after undo, when the project is replaced).
 * The field takes `fieldRef` and calls `change` from its onChange; it has no `value` or `defaultValue`.
 */
export function useHeldText<Field extends HTMLTextAreaElement | HTMLInputElement>(
  value: string,
  commit: (text: string) => void,
): { fieldRef: RefObject<Field | null>; change(text: string): void; commitNow(): void } {
  const store = useStoreApi();
  const fieldRef = useRef<Field>(null);
  const [, showProjectText] = useReducer((renders: number) => renders + 1, 0);
  const [hold] = useState(() => new TextHold(store.getState().heldEdits, showProjectText));
  useLayoutEffect(() => {
    hold.commitWith(commit);
    const field = fieldRef.current;
    if (field && !hold.holding && field.value !== value) field.value = value;
  });
  useEffect(() => () => hold.commit(), [hold]);
  return { fieldRef, change: (text) => hold.change(text), commitNow: () => hold.commit() };
}
