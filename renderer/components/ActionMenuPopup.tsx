import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';
import type { ActionMenuProps } from './ActionMenu';

/**
 * The menu itself (Radix, and floating-ui to place it): its own chunk, loaded once the first screen is up. It is
 * mounted when its trigger is first pressed, so it starts open; its trigger takes the keyboard back on closing.
 * Radix puts the keyboard on the first item when it saw the key that opened the menu, which it did not, having
 * been mounted by that key: `openedByKeyboard` says so, and the first item is focused here, that first time.
 */
export function ActionMenuPopup({
  trigger,
  label,
  actions,
  openedByKeyboard,
}: ActionMenuProps & { openedByKeyboard: boolean }) {
  const firstOpening = useRef(true);
  // After Radix has put the keyboard on the menu itself (the frame after the menu appears).
  const focusFirstItem = (content: HTMLDivElement | null) => {
    if (!content || !firstOpening.current) return;
    firstOpening.current = false;
    if (!openedByKeyboard) return;
    requestAnimationFrame(() => content.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus());
  };
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild aria-label={label}>
        {trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content ref={focusFirstItem} className="menu" align="end" sideOffset={4}>
          {actions.map((action) => [
            action.separated ? (
              <DropdownMenu.Separator key={`${action.label}-sep`} className="menu__separator" />
            ) : null,
            <DropdownMenu.Item
              key={action.label}
              className={action.destructive ? 'menu__item menu__item--danger' : 'menu__item'}
              disabled={action.disabled}
              onSelect={action.onSelect}
            >
              {action.icon}
              {action.label}
            </DropdownMenu.Item>,
          ])}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
