import {
  cloneElement,
  isValidElement,
  Suspense,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { preloadable } from '../preloadable';

export interface MenuAction {
  label: string;
  onSelect(): void;
  icon?: ReactNode;
  destructive?: boolean;
  disabled?: boolean;
  /** Draws a separator above this action. */
  separated?: boolean;
}

export interface ActionMenuProps {
  /** A button element: it opens the menu. */
  trigger: ReactNode;
  /** The trigger's accessible name, when its visible text does not say enough (an icon, "File"). */
  label?: string;
  actions: MenuAction[];
}

const popup = preloadable(() => import('./ActionMenuPopup').then((m) => m.ActionMenuPopup));

/** Fetches the menus' code; the Projects home needs none of it to appear. */
export const preloadActionMenu = popup.preload;

/**
 * A keyboard-accessible menu of actions behind one trigger button. The trigger stands alone until it is first
 * pressed (pointer, Enter, Space or Arrow Down): a mounted menu listens to every key pressed anywhere in the
 * page, and a grid of periods has dozens of menus, so each would tax every keystroke. Pressed, the menu mounts
 * open (its code is fetched when the browser is first idle, or then) and stays mounted for the next time.
 */
export function ActionMenu(props: ActionMenuProps) {
  const [pressed, setPressed] = useState<'pointer' | 'keyboard' | null>(null);
  const press = (by: 'pointer' | 'keyboard') => {
    setPressed(by);
    void popup.preload();
  };
  const alone = <TriggerAlone {...props} onPress={press} />;
  if (!pressed) return alone;
  return (
    <Suspense fallback={alone}>
      <popup.Component {...props} openedByKeyboard={pressed === 'keyboard'} />
    </Suspense>
  );
}

/** The trigger as the menu will have it (a button announcing a menu), before the menu is mounted. */
function TriggerAlone({ trigger, label, onPress }: ActionMenuProps & { onPress(by: 'pointer' | 'keyboard'): void }) {
  if (!isValidElement(trigger)) return trigger;
  return cloneElement(trigger as ReactElement<Record<string, unknown>>, {
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    'aria-label': label,
    // As the menu does: a plain left press opens it (not a right or Ctrl-click), and so do Enter, Space and Arrow Down.
    onPointerDown: (event: PointerEvent) => {
      if (event.button === 0 && !event.ctrlKey) onPress('pointer');
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
        event.preventDefault();
        onPress('keyboard');
      }
    },
  });
}
