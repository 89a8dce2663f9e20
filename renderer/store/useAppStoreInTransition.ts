import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import type { AppState } from './appState';
import { useStoreApi } from './index';

/**
 * A value from the store that follows it in a transition, after the key or click that changed it has painted,
 * unless `urgent(previous, next)` says the change must show at once (a record added, removed or moved, which the
 * keyboard's focus follows). For views that summarise many records: a keystroke in one record's field renders
 * that record's own component (which reads the store directly) first, and the summary in the next task.
 */
export function useAppStoreInTransition<T>(
  selector: (state: AppState) => T,
  urgent: (previous: T, next: T) => boolean,
): T {
  const store = useStoreApi();
  const [value, setValue] = useState(() => selector(store.getState()));
  const latest = useRef({ selector, urgent, value });
  useLayoutEffect(() => {
    latest.current = { selector, urgent, value };
  });
  useLayoutEffect(() => {
    const follow = (state: AppState) => {
      const { selector: select, urgent: isUrgent, value: shown } = latest.current;
      const next = select(state);
      if (Object.is(next, shown)) return;
      latest.current = { ...latest.current, value: next };
      if (isUrgent(shown, next)) setValue(next);
      else startTransition(() => setValue(next));
    };
    // Whatever changed between the first render and this subscription counts too.
    follow(store.getState());
    return store.subscribe(follow);
  }, [store]);
  return value;
}
