import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { StoreContext, type AppStore } from '../../renderer/store';

/** What the app's root provides: components under test read and edit this store. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Renders a component as the app does, under the given store. */
export const renderWithStore = (store: AppStore, children: ReactNode) =>
  render(<StoreProvider store={store}>{children}</StoreProvider>);
