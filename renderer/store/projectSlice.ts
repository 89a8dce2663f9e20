import type { StateCreator } from 'zustand';
import type { OpenedProject, RequestOf } from '../../shared/contract';
import type { Project } from '../../shared/model/project';
import { fail, ok, type Result } from '../../shared/result';
import type { Api } from '../api';
import type { AppState } from './appState';
import type { Autosave } from './autosave';

export interface ProjectSlice {
  /** The project open in the workspace, or null on the Projects home. */
  current: OpenedProject | null;
  createProject(request: RequestOf<'project:create'>): Promise<Result<null>>;
  openProject(path: string): Promise<boolean>;
  /** Applies an edit to the open project and schedules an autosave. */
  editProject(change: (project: Project) => Project): void;
  /** Renames the project and its file; pending edits are saved first. */
  renameProject(name: string): Promise<Result<null>>;
  /** Saves now; used by Retry, window blur and window close. */
  flushSave(): Promise<boolean>;
  /** Saves, then returns to the Projects home. Stays open if the save fails, so nothing is lost. */
  closeProject(): Promise<boolean>;
}

export const createProjectSlice =
  (api: Api, autosave: Autosave): StateCreator<AppState, [], [], ProjectSlice> =>
  (set, get) => {
    const enter = (opened: OpenedProject) =>
      set({ current: opened, save: { status: 'idle', savedAt: opened.project.updatedAt, error: null }, notice: null });

    return {
      current: null,

      async createProject(request) {
        if (!(await get().closeProject())) return ok(null);
        const result = await api.createProject(request);
        if (!result.ok) return result;
        enter(result.value);
        void get().loadLibrary();
        return ok(null);
      },

      async openProject(path) {
        if (get().current?.path === path) return true;
        if (!(await get().closeProject())) return false;
        const result = await api.openProject({ path });
        if (!result.ok) {
          get().showNotice(result.error);
          return false;
        }
        enter(result.value);
        void get().loadLibrary();
        return true;
      },

      editProject(change) {
        const current = get().current;
        if (!current) return;
        set({ current: { ...current, project: change(current.project) } });
        autosave.edited();
      },

      async renameProject(name) {
        if (!(await autosave.flush())) {
          return fail(
            'io',
            'Your latest changes could not be saved, so the project was not renamed. Retry the save first.',
          );
        }
        const current = get().current;
        if (!current) return ok(null);
        set({ save: { ...get().save, status: 'saving', error: null } });
        const result = await api.renameProject({ path: current.path, name, baseRevision: current.revision });
        if (!result.ok) {
          set({ save: { ...get().save, status: 'saved' } });
          return result;
        }
        const { path, project, revision, savedAt } = result.value;
        set({ current: { path, project, revision }, save: { status: 'saved', savedAt, error: null } });
        void get().loadLibrary();
        return ok(null);
      },

      flushSave: () => autosave.flush(),

      async closeProject() {
        const current = get().current;
        if (!current) return true;
        if (!(await autosave.flush())) {
          get().showNotice({
            code: 'io',
            message: 'Your latest changes are not saved yet, so the project stays open. Retry the save first.',
          });
          return false;
        }
        await api.closeProject({ path: current.path });
        set({ current: null, save: { status: 'idle', savedAt: null, error: null } });
        void get().loadLibrary();
        return true;
      },
    };
  };
