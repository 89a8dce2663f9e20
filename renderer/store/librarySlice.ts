import type { StateCreator } from 'zustand';
import type { ProjectSummary } from '../../shared/model/library';
import type { Api } from '../api';
import type { AppState } from './appState';

export interface LibrarySlice {
  library: { status: 'loading' | 'ready' | 'error'; projects: ProjectSummary[]; projectsFolder: string };
  loadLibrary(): Promise<void>;
}

export const createLibrarySlice =
  (api: Api): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get) => ({
    library: { status: 'loading', projects: [], projectsFolder: '' },
    async loadLibrary() {
      const result = await api.listLibrary();
      if (result.ok) {
        set({ library: { status: 'ready', ...result.value } });
      } else {
        set({ library: { ...get().library, status: 'error' } });
        get().showNotice(result.error);
      }
    },
  });
