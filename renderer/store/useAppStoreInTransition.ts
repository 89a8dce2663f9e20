import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import type { AppState } from './appState';
import { useStoreApi } from './index';

/**
 * A value from the store that follows it in a transition, after the key or click that changed it has painted,
 * unless `urgent(previous, next)` says the change must show at once (a record added, removed or moved, which the
 * keyboard's focus follows). For views that summarise many records: a keystroke in one record's field renders
 * that record's own component (which reads the store directly) first, and the summary later. With `settleMs`,
 * later means once the changes have paused that long: while someone types, no frame of theirs carries it.
 */
export function useAppStoreInTransition<T>(
  selector: (state: AppState) => T,
  urgent: (previous: T, next: T) => boolean,
  settleMs = 0,
): T {
  const store = useStoreApi();
  const [value, setValue] = useState(() => selector(store.getState()));
  const callers = useRef({ selector, urgent });
  const shown = useRef(value);
  useLayoutEffect(() => {
    callers.current = { selector, urgent };
    shown.current = value;
  });
  useLayoutEffect(() => {
    /** The last value asked for: shown, or on its way. */
    let target = shown.current;
    // One timer however many changes come: each pushes the moment back, and the timer re-arms until it is reached.
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dueAt = 0;
    const apply = () => startTransition(() => setValue(target));
    const whenDue = () => {
      const wait = dueAt - performance.now();
      timer = wait > 0 ? setTimeout(whenDue, wait) : null;
      if (wait <= 0) apply();
    };
    const follow = (state: AppState) => {
      const next = callers.current.selector(state);
      if (Object.is(next, target)) return;
      const previous = target;
      target = next;
      if (callers.current.urgent(previous, next)) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        setValue(next);
      } else if (settleMs <= 0) {
        apply();
      } else {
        dueAt = performance.now() + settleMs;
        timer ??= setTimeout(whenDue, settleMs);
      }
    };
    // Whatever changed between the first render and this subscription counts too.
    follow(store.getState());
    const unsubscribe = store.subscribe(follow);
    return () => {
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
    };
  }, [store, settleMs]);
  return value;
}
