import { applicableCommands } from '../../../shared/commands';
import type { MenuCommand } from '../../../shared/contract';
import type { AppStore } from '../../store';
import { commandContextOf } from './commandState';

/** Carries out a command from the menu or the keyboard, if it applies now (the menu may be a moment behind). */
export function runPageCommand(store: AppStore, chosen: MenuCommand): void {
  // A menu command leaves the keyboard where it is: text still held by the field being typed in goes first (it
  // may be what makes the command apply: undo right after typing in a project just opened).
  store.getState().heldEdits.commitAll();
  const state = store.getState();
  if (!applicableCommands(commandContextOf(state)).includes(chosen.command)) return;
  const current = state.current;
  switch (chosen.command) {
    case 'file:new':
      return state.setOpenDialog('new-project');
    case 'file:new-from-sample':
      return void state.createSampleProject();
    case 'file:open':
      return void state.chooseAndOpenProject();
    case 'file:open-recent':
      return void state.openProject(chosen.path);
    case 'file:save-as':
      return void state.saveProjectAs({ move: false });
    case 'file:duplicate':
      return void (current && state.duplicateProject(current.path));
    case 'file:export-briefing':
      return state.showInWorkspace({ tab: 'briefing', recordId: null });
    case 'file:reveal':
      return void (current && state.revealFile(current.path));
    case 'file:close':
      return void state.closeProject();
    case 'edit:undo':
      return state.undo();
    case 'edit:redo':
      return state.redo();
    case 'edit:find':
      return state.setOpenDialog('find');
    case 'view:theme-system':
      return void state.setTheme('system');
    case 'view:theme-light':
      return void state.setTheme('light');
    case 'view:theme-dark':
      return void state.setTheme('dark');
    case 'help:shortcuts':
      return state.setOpenDialog('shortcuts');
  }
}
