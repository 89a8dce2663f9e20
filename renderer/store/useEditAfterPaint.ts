import { useEffect, useState } from 'react';
import type { HeldEdit, HeldEdits } from './heldEdits';
import { useStoreApi } from './index';

/** Runs `run` in the first task after the next frame is painted; returns what cancels it. */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}

/** The one edit a field shows before the project has it. */
class PaintHold<Shown> implements HeldEdit {
  private write: (() => void) | null = null;
  private cancel: () => void = () => undefined;

  constructor(
    private readonly held: HeldEdits,
    private readonly show: (shown: Shown | null) => void,
  ) {}

  hold(shown: Shown, write: () => void): void {
    this.commit();
    this.write = write;
    this.held.hold(this);
    this.show(shown);
    this.cancel = afterNextPaint(() => this.commit());
  }

  commit(): void {
    const write = this.write;
    if (!write) return;
    this.end();
    write();
  }

  discard(): void {
    if (this.write) this.end();
  }

  private end(): void {
    this.cancel();
    this.write = null;
    this.held.release(this);
    this.show(null);
  }
}

/**
 * An edit shown at once and written to the project just after the next paint. The key press that makes it then
 * paints only its own field's change (an editor closing, the keyboard moving on); what the project's change
 * redraws besides (totals, charts, the save status) follows a frame later. One edit at a time: holding the next
 * writes the last. Held like typed text (see HeldEdits): a save, undo, redo or close writes it first, `flush`
 * writes it now, and so does unmounting.
 */
export function useEditAfterPaint<Shown>(): {
  /** What the field shows until the project has it; null when nothing is held. */
  shown: Shown | null;
  hold(shown: Shown, write: () => void): void;
  flush(): void;
} {
  const store = useStoreApi();
  const [shown, setShown] = useState<Shown | null>(null);
  const [paintHold] = useState(() => new PaintHold<Shown>(store.getState().heldEdits, setShown));
  useEffect(() => () => paintHold.commit(), [paintHold]);
  return {
    shown,
    hold: (next, write) => paintHold.hold(next, write),
    flush: () => paintHold.commit(),
  };
}
