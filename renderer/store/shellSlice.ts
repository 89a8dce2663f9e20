import type { StateCreator } from 'zustand';
import type { ThemeChoice } from '../../shared/commands';
import type { FindTab } from '../../shared/domain/findInProject';
import type { Api } from '../api';
import type { AppState } from './appState';

/** A place in the workspace to go to: a tab, and the record to bring into view there. */
export interface WorkspaceTarget {
  tab: FindTab | 'briefing' | 'overview';
  /** The part of a tab with parts (the Vendors tab's Criteria), when the record is there. */
  panel?: string;
  recordId: string | null;
}

/** The app-wide dialogs the menu and its keys open; one at a time. */
export type AppDialog = 'find' | 'shortcuts' | 'new-project' | 'unsaved-close';

/** What the desktop around the page asks for: the theme, app-wide dialogs, going to a place, closing the window. */
export interface ShellSlice {
  theme: ThemeChoice;
  /** Reads the saved theme; the window opens with the OS's until then. */
  loadPreferences(): Promise<void>;
  setTheme(theme: ThemeChoice): Promise<void>;
  openDialog: AppDialog | null;
  setOpenDialog(dialog: AppDialog | null): void;
  /** Where the workspace should go next (a Find result, File › Export Briefing); cleared once it got there. */
  workspaceTarget: WorkspaceTarget | null;
  showInWorkspace(target: WorkspaceTarget): void;
  clearWorkspaceTarget(): void;
  /** The part of a tab to switch to, for the tab to pick up when it shows (it may still be loading). */
  requestedPanel: string | null;
  setRequestedPanel(panel: string | null): void;
  /**
   * The window is closing: save what is pending, then let it close. Only when the save fails is the user
   * asked (keep the window, save elsewhere, or close without the latest changes).
   */
  closeRequested(): Promise<void>;
  /** Closes the window now, whatever is unsaved; after the user chose so. */
  closeWindow(): Promise<void>;
}

export const createShellSlice =
  (api: Api): StateCreator<AppState, [], [], ShellSlice> =>
  (set, get) => ({
    theme: 'system',
    async loadPreferences() {
      const result = await api.getPreferences();
      if (result.ok) set({ theme: result.value.theme });
    },
    async setTheme(theme) {
      set({ theme });
      const result = await api.setPreferences({ theme });
      if (!result.ok) get().showNotice(result.error);
    },
    openDialog: null,
    setOpenDialog: (dialog) => set({ openDialog: dialog }),
    workspaceTarget: null,
    showInWorkspace: (target) => set({ workspaceTarget: target }),
    clearWorkspaceTarget: () => set({ workspaceTarget: null }),
    requestedPanel: null,
    setRequestedPanel: (panel) => set({ requestedPanel: panel }),
    async closeRequested() {
      if (get().openDialog === 'unsaved-close') return;
      if (await get().flushSave()) await get().closeWindow();
      else set({ openDialog: 'unsaved-close' });
    },
    async closeWindow() {
      const result = await api.closeWindow();
      if (!result.ok) get().showNotice(result.error);
    },
  });
