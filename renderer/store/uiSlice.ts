import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/result';
import { noFilter, type ChecklistFilter } from '../features/checklist/filter';
import type { AppState } from './appState';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface UiSlice {
  save: {
    status: SaveStatus;
    savedAt: string | null;
    error: AppError | null;
    /** Saved, but something around the save failed (the periodic backup): said in the status, not only logged. */
    warning?: string | null;
  };
  /** The one message banner; a newer message replaces an older one. */
  notice: AppError | null;
  /** Shows an error; `cancelled` (the user closed a dialog) is not one. */
  showNotice(error: AppError): void;
  dismissNotice(): void;
  /** A short confirmation ("Exported a copy to …"), announced politely and dismissed on its own. */
  toast: string | null;
  showToast(text: string): void;
  dismissToast(): void;
  /** Kept across tab switches and projects: a user filtering "my overdue items" wants it to stay. */
  checklistFilter: ChecklistFilter;
  setChecklistFilter(change: Partial<ChecklistFilter>): void;
  /**
   * The evaluator whose scores the Vendors tab shows and edits, with everyone else's hidden (blind scoring);
   * null shows every evaluator's scores combined. Kept across tab switches, reset with the project.
   */
  scoringAs: string | null;
  setScoringAs(evaluatorId: string | null): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  save: { status: 'idle', savedAt: null, error: null },
  notice: null,
  showNotice: (error) => {
    if (error.code !== 'cancelled') set({ notice: error });
  },
  dismissNotice: () => set({ notice: null }),
  toast: null,
  showToast: (text) => set({ toast: text }),
  dismissToast: () => set({ toast: null }),
  checklistFilter: noFilter,
  setChecklistFilter: (change) => set((state) => ({ checklistFilter: { ...state.checklistFilter, ...change } })),
  scoringAs: null,
  setScoringAs: (evaluatorId) => set({ scoringAs: evaluatorId }),
});
