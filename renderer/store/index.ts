import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Api } from '../api';
import type { AppState } from './appState';
import { Autosave } from './autosave';
import { History } from './history';
import { createLibrarySlice } from './librarySlice';
import { createProjectSlice } from './projectSlice';
import { createShellSlice } from './shellSlice';
import { createUiSlice } from './uiSlice';

export type { AppState } from './appState';
export type AppStore = StoreApi<AppState>;

/** One store from its slices; the api is passed in so tests can give it a fake. */
export function createAppStore(api: Api, options: { autosaveDelayMs?: number } = {}): AppStore {
  // The closures run only after `store` exists: autosave is never triggered during construction.
  const autosave = new Autosave(
    api,
    () => store.getState(),
    (partial) => store.setState(partial),
    options.autosaveDelayMs,
  );
  const store = createStore<AppState>()((...a) => ({
    ...createLibrarySlice(api)(...a),
    ...createProjectSlice(api, autosave, new History())(...a),
    ...createUiSlice(...a),
    ...createShellSlice(api)(...a),
  }));
  return store;
}

export const StoreContext = createContext<AppStore | null>(null);

/** The store itself, for event handlers that call actions without subscribing to state. */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi needs a StoreContext provider.');
  return store;
}

/** Reads from the app store; select primitives, or wrap object selectors in `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}
