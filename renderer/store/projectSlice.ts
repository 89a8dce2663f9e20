import type { StateCreator } from 'zustand';
import type { BackupList, OpenedProject, RequestOf } from '../../shared/contract';
import type { Project } from '../../shared/model/project';
import { fail, ok, type AppError, type Result } from '../../shared/result';
import type { Api } from '../api';
import type { AppState } from './appState';
import { noFilter } from '../features/checklist/filter';
import type { Autosave } from './autosave';
import type { HeldEdits } from './heldEdits';
import type { History } from './history';

/** A project file that could not be opened because of what is in it (damaged, too new): the error screen. */
export interface OpenFailure {
  path: string;
  error: AppError;
}

export type ConflictChoice = 'reload' | 'save-copy' | 'overwrite';

export interface ProjectSlice {
  /** The project open in the workspace, or null on the Projects home. */
  current: OpenedProject | null;
  openFailure: OpenFailure | null;
  createProject(request: RequestOf<'project:create'>): Promise<Result<null>>;
  /** Opens a new copy of the sample engagement, for a first look at every screen. */
  createSampleProject(): Promise<void>;
  openProject(path: string): Promise<boolean>;
  chooseAndOpenProject(): Promise<void>;
  importProject(): Promise<void>;
  /** A recent project whose file is gone: find it, or forget it. */
  locateProject(path: string): Promise<void>;
  forgetProject(path: string): Promise<void>;
  duplicateProject(path: string): Promise<void>;
  exportProject(path: string): Promise<void>;
  /** Shows a file in the OS file manager: the project, or an evidence document. */
  revealFile(path: string): Promise<void>;
  /** Saves an export where the user chooses; says where it went. */
  exportText(request: RequestOf<'file:export-text'>): Promise<void>;
  deleteProject(path: string): Promise<void>;
  /** Save As (continue in a new file) or Move (the file changes place). */
  saveProjectAs(options: { move: boolean }): Promise<void>;
  /** The project is open elsewhere: continue in a copy. */
  openProjectCopy(): Promise<void>;
  listBackups(path: string): Promise<Result<BackupList>>;
  restoreBackup(path: string, backupId: string): Promise<boolean>;
  resolveConflict(choice: ConflictChoice): Promise<void>;
  dismissOpenFailure(): void;
  /**
   * Applies an edit to the open project and schedules an autosave; ignored while read-only. Edits with the
   * same `coalesce` key in quick succession (typing in one field) undo as one step.
   */
  editProject(change: (project: Project) => Project, options?: { coalesce?: string }): void;
  /** Text typed into fields and not yet committed to the project (see `useHeldText`). */
  heldEdits: HeldEdits;
  /** Whether there is something to undo / redo, for menus and buttons. */
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  /** Renames the project and its file; pending edits are saved first. */
  renameProject(name: string): Promise<Result<null>>;
  /** Saves now; used by Retry, window blur and window close. */
  flushSave(): Promise<boolean>;
  /** Saves, then returns to the Projects home. Stays open if the save fails, so nothing is lost. */
  closeProject(): Promise<boolean>;
}

/** Whether the open project may not be edited here (someone else has it, no lock, fields this version does not know). */
export const selectReadOnly = (state: { current: OpenedProject | null }): boolean =>
  state.current != null && (state.current.lockedBy != null || (state.current.readOnly ?? null) !== null);

/** Errors that come from the file's content: show the error screen with backups rather than a banner. */
const fileContentErrors = new Set(['invalid-file', 'newer-version', 'too-large']);

export const createProjectSlice =
  (api: Api, autosave: Autosave, history: History): StateCreator<AppState, [], [], ProjectSlice> =>
  (set, get) => {
    const enter = (opened: OpenedProject) => {
      autosave.reset(opened.project);
      history.clear();
      const notices = opened.notices ?? [];
      set({
        current: opened,
        openFailure: null,
        save: { status: 'idle', savedAt: opened.project.updatedAt, error: null },
        // What the app repaired or noticed about the file is said at once, and stays until dismissed.
        notice: notices.length > 0 ? { code: 'invalid-file', message: notices.join(' ') } : null,
        canUndo: false,
        canRedo: false,
        // Another project's owners and words: a filter from the last one could hide everything.
        ...(get().current?.project.id === opened.project.id ? {} : { checklistFilter: noFilter, scoringAs: null }),
      });
      void get().loadLibrary();
    };

    /** Puts a project state from the history back, as an edit that autosave saves. */
    const restore = (project: Project | null) => {
      const current = get().current;
      if (!current || !project) return;
      set({ current: { ...current, project }, canUndo: history.canUndo, canRedo: history.canRedo });
      autosave.edited();
    };

    /** Enters the project a call returned, or says why not; true when a project was entered. */
    const enterResult = (result: Result<OpenedProject>): boolean => {
      if (result.ok) enter(result.value);
      else get().showNotice(result.error);
      return result.ok;
    };

    /** Leaves the open project (saving first) before opening another; false if it must stay open. */
    const leave = () => get().closeProject();

    return {
      current: null,
      openFailure: null,

      async createProject(request) {
        if (!(await leave())) return ok(null);
        const result = await api.createProject(request);
        if (!result.ok) return result;
        enter(result.value);
        return ok(null);
      },

      async createSampleProject() {
        if (await leave()) enterResult(await api.createSampleProject());
      },

      async openProject(path) {
        if (get().current?.path === path) return true;
        if (!(await leave())) return false;
        const result = await api.openProject({ path });
        if (!result.ok && fileContentErrors.has(result.error.code)) {
          set({ openFailure: { path, error: result.error }, notice: null });
          return false;
        }
        if (!result.ok) void get().loadLibrary();
        return enterResult(result);
      },

      async chooseAndOpenProject() {
        if (await leave()) enterResult(await api.chooseAndOpenProject());
      },

      async importProject() {
        if (await leave()) enterResult(await api.importProject());
      },

      async locateProject(path) {
        if (await leave()) enterResult(await api.locateProject({ path }));
      },

      async forgetProject(path) {
        const result = await api.forgetProject({ path });
        if (!result.ok) get().showNotice(result.error);
        await get().loadLibrary();
      },

      async duplicateProject(path) {
        // The latest edit goes into the copy; edits made while it is written are saved after.
        const result =
          get().current?.path === path
            ? await autosave.holdWhile(() => api.duplicateProject({ path }))
            : await api.duplicateProject({ path });
        if (!result) return;
        if (!result.ok) return get().showNotice(result.error);
        get().showToast(`Duplicated as “${result.value.name}”.`);
        await get().loadLibrary();
      },

      async exportProject(path) {
        if (get().current?.path === path && !(await autosave.flush())) return;
        const result = await api.exportProject({ path });
        if (result.ok) get().showToast(`Exported a copy to ${result.value.path}`);
        else get().showNotice(result.error);
      },

      async revealFile(path) {
        const result = await api.revealFile({ path });
        if (!result.ok) get().showNotice(result.error);
      },

      async exportText(request) {
        const result = await api.exportText(request);
        if (result.ok) get().showToast(`Exported to ${result.value.path}`);
        else get().showNotice(result.error);
      },

      async deleteProject(path) {
        if (get().current?.path === path) {
          autosave.reset();
          set({ current: null, save: { status: 'idle', savedAt: null, error: null } });
        }
        const result = await api.deleteProject({ path });
        if (!result.ok) get().showNotice(result.error);
        else get().showToast('Moved the project to the trash.');
        await get().loadLibrary();
      },

      async saveProjectAs({ move }) {
        const path = get().current?.path;
        if (!path) return;
        // Saving is held while the file is written elsewhere; an edit made meanwhile is carried to the new file.
        const sent: { project: Project | null } = { project: null };
        const result = await autosave.holdWhile((flushed) => {
          sent.project = flushed;
          return api.saveProjectAs({ path, project: flushed, move });
        });
        if (!result) return;
        if (!result.ok) return get().showNotice(result.error);
        const meanwhile = get().current?.project;
        const opened = result.value;
        enter(opened);
        get().showToast(move ? 'Moved the project.' : 'Saved the project in its new place.');
        if (!meanwhile || meanwhile === sent.project) return;
        const { id, name, createdAt, updatedAt } = opened.project;
        set({ current: { ...opened, project: { ...meanwhile, id, name, createdAt, updatedAt } } });
        autosave.edited();
      },

      async openProjectCopy() {
        const current = get().current;
        if (!current) return;
        enterResult(await api.openProjectCopy({ path: current.path }));
      },

      listBackups: (path) => api.listBackups({ path }),

      async restoreBackup(path, backupId) {
        // The latest edits go to disk first, so the version the backup replaces is kept whole.
        if (get().current?.path === path) await autosave.flush();
        const result = await api.restoreBackup({ path, backupId });
        if (enterResult(result)) get().showToast('Restored the backup. The version it replaced was kept as a backup.');
        return result.ok;
      },

      async resolveConflict(choice) {
        autosave.held.commitAll();
        const current = get().current;
        if (!current) return;
        if (choice === 'overwrite') {
          await autosave.overwrite();
          return;
        }
        const result =
          choice === 'reload'
            ? await api.openProject({ path: current.path })
            : await api.saveProjectCopy({ path: current.path, project: current.project });
        enterResult(result);
      },

      dismissOpenFailure: () => set({ openFailure: null }),

      editProject(change, options) {
        const current = get().current;
        if (!current || selectReadOnly(get())) return;
        const project = change(current.project);
        if (project === current.project) return;
        history.record(current.project, options?.coalesce, Date.now());
        set({ current: { ...current, project }, canUndo: true, canRedo: false });
        autosave.edited();
      },

      heldEdits: autosave.held,
      canUndo: false,
      canRedo: false,

      undo() {
        autosave.held.commitAll();
        const current = get().current;
        if (current && !selectReadOnly(get())) restore(history.undo(current.project));
      },

      redo() {
        autosave.held.commitAll();
        const current = get().current;
        if (current && !selectReadOnly(get())) restore(history.redo(current.project));
      },

      async renameProject(name) {
        const outcome = await autosave.holdWhile(async (flushed) => {
          const current = get().current;
          if (!current) return ok(null);
          const result = await api.renameProject({ path: current.path, name, baseRevision: current.revision });
          if (!result.ok) return result;
          const { path, project: renamed, revision, savedAt } = result.value;
          // The file holds what was flushed, renamed; edits made meanwhile stay in memory and are saved next.
          const onDisk = { ...flushed, name: renamed.name, updatedAt: renamed.updatedAt };
          autosave.rebase(onDisk);
          history.rewrite((p) => ({ ...p, name: renamed.name }));
          const now = get().current?.project ?? onDisk;
          set({
            current: {
              path,
              revision,
              lockedBy: null,
              readOnly: null,
              project: { ...now, name: renamed.name, updatedAt: renamed.updatedAt },
            },
            save: { status: autosave.hasUnsavedEdits ? 'pending' : 'saved', savedAt, error: null },
            // The old file could not be removed (Windows held it): the project carries on here, and the user is told.
            ...(result.value.warning ? { notice: { code: 'io', message: result.value.warning } } : {}),
          });
          void get().loadLibrary();
          return ok(null);
        });
        return (
          outcome ??
          fail('io', 'Your latest changes could not be saved, so the project was not renamed. Retry the save first.')
        );
      },

      flushSave: () => autosave.flush(),

      async closeProject() {
        const current = get().current;
        set({ openFailure: null });
        if (!current) return true;
        if (!(await autosave.flush())) {
          get().showNotice({
            code: 'io',
            message: 'Your latest changes are not saved yet, so the project stays open. Retry the save first.',
          });
          return false;
        }
        await api.closeProject({ path: current.path });
        // Nothing may keep the closed project reachable: not the last save, not the undo history.
        autosave.reset();
        history.clear();
        set({ current: null, save: { status: 'idle', savedAt: null, error: null }, canUndo: false, canRedo: false });
        void get().loadLibrary();
        return true;
      },
    };
  };
