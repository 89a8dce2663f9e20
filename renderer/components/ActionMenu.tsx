import {
  cloneElement,
  isValidElement,
  Suspense,
  useState,
  type KeyboardEvent,
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
 * A keyboard-accessible menu of actions behind one trigger button. Until the menu's code has arrived (it is
 * fetched when the browser is first idle), the trigger stands alone; pressing it fetches the code and opens.
 */
export function ActionMenu(props: ActionMenuProps) {
  const [openAtOnce, setOpenAtOnce] = useState(false);
  const [focused, setFocused] = useState(false);
  const press = () => {
    setOpenAtOnce(true);
    void popup.preload();
  };
  return (
    <Suspense fallback={<WaitingTrigger {...props} onPress={press} onFocusChange={setFocused} />}>
      <popup.Component {...props} openAtOnce={openAtOnce} focusTrigger={focused} />
    </Suspense>
  );
}

/** The trigger as the menu will have it (a button announcing a menu), before the menu's code is here. */
function WaitingTrigger({
  trigger,
  label,
  onPress,
  onFocusChange,
}: ActionMenuProps & { onPress(): void; onFocusChange(focused: boolean): void }) {
  if (!isValidElement(trigger)) return trigger;
  return cloneElement(trigger as ReactElement<Record<string, unknown>>, {
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    'aria-label': label,
    // As the menu does: a press opens it, and so do Enter, Space and Arrow Down.
    onPointerDown: onPress,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
        event.preventDefault();
        onPress();
      }
    },
    onFocus: () => onFocusChange(true),
    onBlur: () => onFocusChange(false),
  });
}
