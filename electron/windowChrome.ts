import type { JumpListCategory, MenuItemConstructorOptions } from 'electron';
import type { Platform } from '../shared/commands';
import type { MenuState } from '../shared/contract';

export const appName = 'Outsourcing Readiness Workbench';

/** What the window frame shows for the page's state. */
export interface WindowChrome {
  title: string;
  /** macOS: the dot in the close button; elsewhere the marker is in the title. */
  documentEdited: boolean;
  /** macOS: the file whose icon and path menu the title bar shows; '' for none. */
  representedFilename: string;
}

/**
 * The window title names the project, with an edited marker while changes are not yet on disk: on Windows
 * and Linux a leading `●` (as VS Code does); on macOS the close button's dot instead (`documentEdited`).
 */
export function windowChrome(document: MenuState['document'], platform: Platform): WindowChrome {
  if (!document) return { title: appName, documentEdited: false, representedFilename: '' };
  const marker = document.edited && platform !== 'darwin' ? '● ' : '';
  return {
    title: `${marker}${document.name} — ${appName}`,
    documentEdited: document.edited && platform === 'darwin',
    representedFilename: platform === 'darwin' ? document.path : '',
  };
}

/**
 * The project the page has just opened, to add to the OS's recent documents (macOS Open Recent and the dock,
 * Windows' jump list), or null when the page still shows the same one (or none).
 */
export function newlyOpenedDocument(previous: MenuState | null, next: MenuState): string | null {
  const path = next.document?.path ?? null;
  return path !== null && path !== (previous?.document?.path ?? null) ? path : null;
}

/** Whether the recent list changed, so the dock menu and the jump list must be rebuilt. */
export function recentChanged(previous: MenuState | null, next: MenuState): boolean {
  return JSON.stringify(previous?.recent ?? null) !== JSON.stringify(next.recent);
}

const inMenu = (state: MenuState | null) =>
  state && JSON.stringify({ applicable: state.applicable, theme: state.theme, recent: state.recent });

/** Whether the menu must be rebuilt: anything in it changed (not the edited marker, which is only in the title). */
export function menuChanged(previous: MenuState | null, next: MenuState): boolean {
  return inMenu(previous) !== inMenu(next);
}

/** The macOS dock menu: the recent projects, each opening in the running app. */
export function dockMenuTemplate(
  recent: MenuState['recent'],
  open: (path: string) => void,
): MenuItemConstructorOptions[] {
  return recent.slice(0, 5).map((project) => ({ label: project.name, click: () => open(project.path) }));
}

/**
 * Windows' jump list: the recent projects as tasks that start the app with the file, which the running copy
 * receives through the single-instance hand-over. Tasks work for the portable exe too, where no file type is
 * registered (the OS's own "Recent" category needs one).
 */
export function jumpListCategories(recent: MenuState['recent'], executable: string): JumpListCategory[] {
  if (recent.length === 0) return [];
  return [
    {
      type: 'custom',
      name: 'Recent projects',
      items: recent.map((project) => ({
        type: 'task' as const,
        title: project.name,
        description: project.path,
        program: executable,
        // Quoted for spaces; Windows file names cannot contain a quote.
        args: `"${project.path}"`,
        iconPath: executable,
        iconIndex: 0,
      })),
    },
  ];
}
