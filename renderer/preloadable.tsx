import { lazy, type ComponentType } from 'react';

export interface Preloadable<P> {
  Component: ComponentType<P>;
  /** Fetches the code now; once it is here, the component renders at once instead of suspending. */
  preload(): Promise<void>;
}

/**
 * A component in its own chunk that can be fetched ahead of time. React.lazy alone suspends on its first
 * render even when the code is already here, and a new Suspense boundary then holds its content back for
 * a while (React's fallback throttle); rendering the loaded component directly avoids both.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchCode = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a chunk that failed to load (an update mid-session) is asked for again next time
        throw error;
      },
    ));
  const Lazy = lazy(() => fetchCode().then((component) => ({ default: component })));
  function Component(props: P) {
    const Ready = loaded ?? Lazy;
    return <Ready {...props} />;
  }
  return { Component, preload: () => fetchCode().then(() => undefined) };
}
