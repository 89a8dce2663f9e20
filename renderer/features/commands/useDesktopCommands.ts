import { useEffect } from 'react';
import { pageCommandForKey } from '../../../shared/accelerators';
import type { ThemeChoice } from '../../../shared/commands';
import { api } from '../../api';
import type { AppStore } from '../../store';
import { menuStateOf } from './commandState';
import { currentPlatform } from './platform';
import { runPageCommand } from './runPageCommand';

const textField =
  'input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable]';

/** Whether a page dialog is open: then app-wide keys (but undo and redo) leave it alone. */
const dialogOpen = () => document.querySelector('[role=dialog][data-state=open], [role=alertdialog][data-state=open]');

function applyTheme(theme: ThemeChoice): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

/**
 * The page's side of the desktop app: commands from the menu and from their keys (the same table), the
 * menu's enabled items, title and theme reported to the shell as they change, the theme applied, and the
 * window's close request answered once the edits are saved.
 */
export function useDesktopCommands(store: AppStore): void {
  useEffect(() => {
    const state = store.getState;
    void state().loadPreferences();
    const platform = currentPlatform();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = pageCommandForKey(event, platform);
      if (!command || command === 'file:open-recent') return;
      const plainCharacter = !event.ctrlKey && !event.metaKey && !event.altKey;
      if (plainCharacter && event.target instanceof Element && event.target.closest(textField)) return;
      if (command !== 'edit:undo' && command !== 'edit:redo' && dialogOpen()) return;
      event.preventDefault();
      runPageCommand(store, { command });
    };
    window.addEventListener('keydown', onKeyDown);

    let reported = '';
    let theme: ThemeChoice | null = null;
    const follow = () => {
      const current = state();
      if (current.theme !== theme) applyTheme((theme = current.theme));
      const menuState = menuStateOf(current);
      const key = JSON.stringify(menuState);
      if (key === reported) return;
      reported = key;
      void api.reportMenuState(menuState);
    };
    follow();
    const unsubscribe = store.subscribe(follow);
    const offMenu = api.onMenuCommand((command) => runPageCommand(store, command));
    const offClose = api.onCloseRequested(() => void state().closeRequested());
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
      offMenu();
      offClose();
    };
  }, [store]);
}
