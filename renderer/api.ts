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
  createProject: (request: RequestOf<'project:create'>) => invoke('project:create', request),
  openProject: (request: RequestOf<'project:open'>) => invoke('project:open', request),
  saveProject: (request: RequestOf<'project:save'>) => invoke('project:save', request),
  renameProject: (request: RequestOf<'project:rename'>) => invoke('project:rename', request),
  closeProject: (request: RequestOf<'project:close'>) => invoke('project:close', request),
  onOpenPath: (listener: (payload: Events['app:open-path']) => void) => on('app:open-path', listener),
  onCloseRequested: (listener: () => void) => on('app:close-requested', listener),
};

export type Api = typeof api;
