import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/result';
import type { AppState } from './appState';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface UiSlice {
  save: { status: SaveStatus; savedAt: string | null; error: AppError | null };
  /** The one error banner; a newer error replaces an older one. */
  notice: AppError | null;
  showNotice(error: AppError): void;
  dismissNotice(): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  save: { status: 'idle', savedAt: null, error: null },
  notice: null,
  showNotice: (error) => set({ notice: error }),
  dismissNotice: () => set({ notice: null }),
});
