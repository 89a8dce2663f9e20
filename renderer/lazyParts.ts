import { whenIdle } from './idle';
import { preloadActionMenu } from './components/ActionMenu';
import { preloadable } from './preloadable';

/**
 * Parts of the UI the first screen does not need, each its own chunk: loaded when first shown, and fetched
 * ahead of time once the browser is idle, so opening them later is instant.
 */
const parts = {
  Workspace: preloadable(() => import('./features/workspace/Workspace').then((m) => m.Workspace)),
  OpenFailureScreen: preloadable(() => import('./features/files/OpenFailureScreen').then((m) => m.OpenFailureScreen)),
  ConflictDialog: preloadable(() => import('./features/files/ConflictDialog').then((m) => m.ConflictDialog)),
  NewProjectDialog: preloadable(() => import('./features/projects/NewProjectDialog').then((m) => m.NewProjectDialog)),
  FindDialog: preloadable(() => import('./features/find/FindDialog').then((m) => m.FindDialog)),
  ShortcutsSheet: preloadable(() => import('./features/commands/ShortcutsSheet').then((m) => m.ShortcutsSheet)),
  UnsavedCloseDialog: preloadable(() =>
    import('./features/commands/UnsavedCloseDialog').then((m) => m.UnsavedCloseDialog),
  ),
};

export const Workspace = parts.Workspace.Component;
export const OpenFailureScreen = parts.OpenFailureScreen.Component;
export const ConflictDialog = parts.ConflictDialog.Component;
export const NewProjectDialog = parts.NewProjectDialog.Component;
export const FindDialog = parts.FindDialog.Component;
export const ShortcutsSheet = parts.ShortcutsSheet.Component;
export const UnsavedCloseDialog = parts.UnsavedCloseDialog.Component;

/** Fetches every part once the first screen is up and the browser has nothing better to do. */
export function preloadWhenIdle(): () => void {
  return whenIdle(() => {
    void preloadActionMenu();
    for (const part of Object.values(parts)) void part.preload();
  });
}
