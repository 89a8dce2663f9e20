import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SectionId } from './sections';

/**
 * Which tab the workspace shows, for the few components that ask whether theirs is the one (the rest are parked
 * behind it). A store read through `useSyncExternalStore`, not a context value that changes: a changed context value
 * makes React search every mounted tab's whole tree for its readers on each switch (about 10 ms on a large project),
 * while a store notifies only its subscribers.
 */
export interface ShownSection {
  current(): SectionId;
  subscribe(listener: () => void): () => void;
  show(id: SectionId): void;
}

export function createShownSection(initial: SectionId): ShownSection {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(id) {
      if (id === current) return;
      current = id;
      for (const listener of listeners) listener();
    },
  };
}

/** The tab a component is on and the workspace's shown tab; one value per tab, never changed (see above). */
interface SectionOfPanel {
  id: SectionId;
  shown: ShownSection;
}

export const SectionContext = createContext<SectionOfPanel | null>(null);

const alwaysShown = {
  subscribe: () => () => undefined,
  current: () => true,
};

/** Whether the tab this component is on is shown (true outside a workspace: nothing parks it). */
export function useSectionShown(): boolean {
  const section = useContext(SectionContext);
  const source = section
    ? { subscribe: section.shown.subscribe, current: () => section.shown.current() === section.id }
    : alwaysShown;
  return useSyncExternalStore(source.subscribe, source.current);
}
