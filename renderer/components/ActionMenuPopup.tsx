import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ActionMenuProps } from './ActionMenu';

/**
 * The menu itself (Radix, and floating-ui to place it): its own chunk, loaded once the first screen is up. It is
 * mounted when its trigger is first pressed, so it starts open; its trigger takes the keyboard back on closing.
 */
export function ActionMenuPopup({ trigger, label, actions }: ActionMenuProps) {
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild aria-label={label}>
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
