import { useState } from 'react';

/**
 * `value` while the tab is `shown`; parked, the value it last showed, so what a parked tab works out from it
 * (the briefing, recomposed from everything) is not worked out again for a change it does not show. `value` must
 * keep its identity while unchanged (state, a `useMemo` result): a new object on every render would never settle.
 */
export function useWhileShown<T>(value: T, shown: boolean): T {
  const [lastShown, setLastShown] = useState(value);
  if (shown && !Object.is(lastShown, value)) setLastShown(value);
  return shown ? value : lastShown;
}
