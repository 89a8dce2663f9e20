import type { AppState } from './appState';
import { useAppStoreInTransition } from './useAppStoreInTransition';

/**
 * How long edits must pause before what summarises them (rankings, the business case, charts, list counts) catches
 * up: a person typing sees each key in its field at once, and no frame of theirs carries the summary's work.
 */
export const summarySettleMs = 150;

const never = () => false;

/**
 * A value from the store once its changes have paused for `ms` (the first one at once), caught up in a transition.
 * The component re-renders when it catches up, not on each change: a committed cost or a score does not render the
 * whole Costs tab or ranking again, keystroke by keystroke, only to show the value it had.
 */
export function useAppStoreSettled<T>(selector: (state: AppState) => T, ms = summarySettleMs): T {
  return useAppStoreInTransition(selector, never, ms);
}
