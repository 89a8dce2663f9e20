import type { Channel, EventName, Events, ReplyOf, RequestOf, WorkbenchBridge } from '../shared/contract';
import { fail } from '../shared/result';

declare global {
  interface Window {
    /** Installed by the preload script (desktop) or the test harness (browser). */
    workbench?: WorkbenchBridge;
  }
}

async function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ReplyOf<C>> {
  const bridge = window.workbench;
  if (!bridge) return fail('io', 'The app is not connected to its file service. Restart the app.') as ReplyOf<C>;
  try {
    return await bridge.invoke(channel, request);
  } catch {
    return fail(
      'io',
      'The app could not reach its file service. Try again; if it keeps failing, restart the app.',
    ) as ReplyOf<C>;
  }
}

function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  return window.workbench?.on(event, listener) ?? (() => undefined);
}

/** Typed calls to the main process, one per contract channel. Every call resolves to a `Result`; none throws. */
export const api = {
  listLibrary: () => invoke('library:list', {}),
  forgetProject: (request: RequestOf<'library:forget'>) => invoke('library:forget', request),
  createProject: (request: RequestOf<'project:create'>) => invoke('project:create', request),
  createSampleProject: () => invoke('project:create-sample', {}),
  openProject: (request: RequestOf<'project:open'>) => invoke('project:open', request),
  chooseAndOpenProject: () => invoke('project:choose-and-open', {}),
  locateProject: (request: RequestOf<'project:locate'>) => invoke('project:locate', request),
  saveProject: (request: RequestOf<'project:save'>) => invoke('project:save', request),
  saveProjectAs: (request: RequestOf<'project:save-as'>) => invoke('project:save-as', request),
  saveProjectCopy: (request: RequestOf<'project:save-copy'>) => invoke('project:save-copy', request),
  renameProject: (request: RequestOf<'project:rename'>) => invoke('project:rename', request),
  duplicateProject: (request: RequestOf<'project:duplicate'>) => invoke('project:duplicate', request),
  openProjectCopy: (request: RequestOf<'project:open-copy'>) => invoke('project:open-copy', request),
  importProject: () => invoke('project:import', {}),
  exportProject: (request: RequestOf<'project:export'>) => invoke('project:export', request),
  revealFile: (request: RequestOf<'file:reveal'>) => invoke('file:reveal', request),
  exportText: (request: RequestOf<'file:export-text'>) => invoke('file:export-text', request),
  exportBinary: (request: RequestOf<'file:export-binary'>) => invoke('file:export-binary', request),
  exportPdf: (request: RequestOf<'file:export-pdf'>) => invoke('file:export-pdf', request),
  importText: (request: RequestOf<'file:import-text'>) => invoke('file:import-text', request),
  deleteProject: (request: RequestOf<'project:delete'>) => invoke('project:delete', request),
  closeProject: (request: RequestOf<'project:close'>) => invoke('project:close', request),
  listBackups: (request: RequestOf<'backup:list'>) => invoke('backup:list', request),
  restoreBackup: (request: RequestOf<'backup:restore'>) => invoke('backup:restore', request),
  getPreferences: () => invoke('preferences:get', {}),
  setPreferences: (request: RequestOf<'preferences:set'>) => invoke('preferences:set', request),
  /** Tells the shell which menu commands apply, the theme, the recent list and what the title shows. */
  reportMenuState: (request: RequestOf<'app:menu-state'>) => invoke('app:menu-state', request),
  /** The window may close: pending edits are saved, or the user chose to close without them. */
  closeWindow: () => invoke('app:close-window', {}),
  onOpenPath: (listener: (payload: Events['app:open-path']) => void) => on('app:open-path', listener),
  onCloseRequested: (listener: () => void) => on('app:close-requested', listener),
  onMenuCommand: (listener: (payload: Events['app:menu-command']) => void) => on('app:menu-command', listener),
  /** The path of a file dropped onto the window, or '' when it has none (a browser download, say). */
  pathForFile: (file: File) => window.workbench?.pathForFile(file) ?? '',
};

export type Api = typeof api;
