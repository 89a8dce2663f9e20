import { useEffect, useState } from 'react';
import { whenIdle } from '../idle';
import type { HeldEdit, HeldEdits } from './heldEdits';
import { useStoreApi } from './index';

/** A held edit waits at most this long after the paint for the page to be idle. */
const longestWaitMs = 100;
const nothingToCancel = () => undefined;

/**
 * Runs `run` once the next frame is painted and the page has nothing more urgent (what was queued meanwhile, the
 * key's release among it, goes first); returns what cancels it.
 */
function afterNextPaint(run: () => void): () => void {
  let cancelIdle: () => void = nothingToCancel;
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(run, longestWaitMs);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle();
  };
}

/** The one edit a field shows before the project has it. */
class PaintHold<Shown> implements HeldEdit {
  private write: (() => void) | null = null;
  private cancel: () => void = nothingToCancel;

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
