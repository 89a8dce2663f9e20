/**
 * A value made on first use and kept. For what is slow to make and may never be needed, at a module's top level:
 * each `Intl` format costs about a millisecond, paid at start if made when the module loads.
 */
export function lazyValue<T>(make: () => T): () => T {
  let value: { made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}
