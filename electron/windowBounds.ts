import type { WindowPlacement } from './services';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowSize {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** Where and how large the window opens: a position only when one was remembered. */
export interface RestoredBounds {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The window's bounds at start-up from where it was last time, kept wholly on a display that exists now: a
 * monitor unplugged or a resolution lowered since then must not leave the window off screen. The window goes
 * to the display it overlaps most (the primary one, first in `workAreas`, when it overlaps none), is shrunk
 * to fit that display's work area (never below the window's minimum unless the display is smaller still) and
 * moved inside it.
 */
export function restoreBounds(
  saved: WindowPlacement | null,
  workAreas: readonly Rect[],
  size: WindowSize,
): RestoredBounds {
  const primary = workAreas[0];
  if (!saved || !primary) {
    const width = primary ? Math.min(size.width, primary.width) : size.width;
    const height = primary ? Math.min(size.height, primary.height) : size.height;
    return { bounds: { width, height }, maximized: false };
  }
  const display = workAreas.reduce(
    (best, area) => (overlap(saved, area) > overlap(saved, best) ? area : best),
    primary,
  );
  const width = Math.min(Math.max(saved.width, size.minWidth), display.width);
  const height = Math.min(Math.max(saved.height, size.minHeight), display.height);
  const x = Math.min(Math.max(saved.x, display.x), display.x + display.width - width);
  const y = Math.min(Math.max(saved.y, display.y), display.y + display.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

/** What to remember of a window: its normal (unmaximised) bounds, rounded, and whether it was maximised. */
export function placementOf(normalBounds: Rect, maximized: boolean): WindowPlacement {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(1, Math.round(normalBounds.width)),
    height: Math.max(1, Math.round(normalBounds.height)),
    maximized,
  };
}
