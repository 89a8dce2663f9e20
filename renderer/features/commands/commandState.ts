import { applicableCommands, recentMenuSize, type CommandContext } from '../../../shared/commands';
import type { MenuState } from '../../../shared/contract';
import type { AppState } from '../../store';
import { selectReadOnly } from '../../store/projectSlice';

export function commandContextOf(state: AppState): CommandContext {
  return {
    hasProject: state.current !== null,
    editable: !selectReadOnly(state),
    canUndo: state.canUndo,
    canRedo: state.canRedo,
    hasRecent: state.library.projects.some((project) => !project.missing),
  };
}

/** Edits not yet on disk: the title's edited marker. */
const unsaved = new Set(['pending', 'saving', 'error', 'conflict']);

/** What the shell needs to know about the page: the menu's enabled items, the theme, the recent list, the title. */
export function menuStateOf(state: AppState): MenuState {
  const current = state.current;
  return {
    applicable: applicableCommands(commandContextOf(state)),
    theme: state.theme,
    recent: state.library.projects
      .filter((project) => !project.missing)
      .slice(0, recentMenuSize)
      .map(({ name, path }) => ({ name, path })),
    document: current
      ? { name: current.project.name, path: current.path, edited: unsaved.has(state.save.status) }
      : null,
  };
}
