import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useLayoutEffect, useRef } from 'react';
import type { ActionMenuProps } from './ActionMenu';

/**
 * The menu itself (Radix, and floating-ui to place it): its own chunk, loaded once the first screen is up.
 * `openAtOnce` when the trigger was pressed before it arrived; `focusTrigger` when the trigger it replaces had
 * the keyboard.
 */
export function ActionMenuPopup({
  trigger,
  label,
  actions,
  openAtOnce,
  focusTrigger,
}: ActionMenuProps & { openAtOnce: boolean; focusTrigger: boolean }) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (focusTrigger && !openAtOnce) triggerRef.current?.focus();
    // Only when it replaces the waiting trigger.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <DropdownMenu.Root defaultOpen={openAtOnce}>
      <DropdownMenu.Trigger asChild aria-label={label} ref={triggerRef}>
        {trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
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
