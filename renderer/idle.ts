/**
 * Runs `work` when the browser has nothing better to do (soon anyway), and returns how to cancel it. Where
 * there is no idle callback (a test's DOM), a short timer stands in.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}
