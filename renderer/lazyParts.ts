import { lazy } from 'react';
import { whenIdle } from './idle';

/**
 * Parts of the UI the first screen does not need, each its own chunk: loaded when first shown, and fetched
 * ahead of time once the browser is idle, so opening them later is instant.
 */
const loaders = {
  Workspace: () => import('./features/workspace/Workspace').then((m) => ({ default: m.Workspace })),
  OpenFailureScreen: () => import('./features/files/OpenFailureScreen').then((m) => ({ default: m.OpenFailureScreen })),
  ConflictDialog: () => import('./features/files/ConflictDialog').then((m) => ({ default: m.ConflictDialog })),
  NewProjectDialog: () => import('./features/projects/NewProjectDialog').then((m) => ({ default: m.NewProjectDialog })),
  FindDialog: () => import('./features/find/FindDialog').then((m) => ({ default: m.FindDialog })),
  ShortcutsSheet: () => import('./features/commands/ShortcutsSheet').then((m) => ({ default: m.ShortcutsSheet })),
  UnsavedCloseDialog: () =>
    import('./features/commands/UnsavedCloseDialog').then((m) => ({ default: m.UnsavedCloseDialog })),
};

export const Workspace = lazy(loaders.Workspace);
export const OpenFailureScreen = lazy(loaders.OpenFailureScreen);
export const ConflictDialog = lazy(loaders.ConflictDialog);
export const NewProjectDialog = lazy(loaders.NewProjectDialog);
export const FindDialog = lazy(loaders.FindDialog);
export const ShortcutsSheet = lazy(loaders.ShortcutsSheet);
export const UnsavedCloseDialog = lazy(loaders.UnsavedCloseDialog);

/** Fetches every part once the first screen is up and the browser has nothing better to do. */
export function preloadWhenIdle(): () => void {
  return whenIdle(() => {
    for (const load of Object.values(loaders)) void load();
  });
}
