import { createContext, useContext } from 'react';

/**
 * Whether the tab a component is on is the one shown (true) or parked behind it. A context, not a prop: a
 * switch re-renders only the few components that ask, not every parked tab's whole tree.
 */
export const SectionShownContext = createContext(true);

export const useSectionShown = (): boolean => useContext(SectionShownContext);
