/**
 * Moves the keyboard to a grid cell without laying the page out inside the key press. focus() would scroll the
 * cell into view there and then, which needs a fresh layout of the grid the last key changed (a score typed, a
 * row marked active); the next frame lays it out anyway, so the scroll waits for it.
 */
export function focusGridCell(cell: HTMLElement | null | undefined): void {
  if (!cell || document.activeElement === cell) return;
  cell.focus({ preventScroll: true });
  requestAnimationFrame(() => {
    if (cell.isConnected && document.activeElement === cell)
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}
