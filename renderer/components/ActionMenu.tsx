import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';

export interface MenuAction {
  label: string;
  onSelect(): void;
  icon?: ReactNode;
  destructive?: boolean;
  disabled?: boolean;
  /** Draws a separator above this action. */
  separated?: boolean;
}

/** A keyboard-accessible menu of actions behind one trigger button. */
export function ActionMenu({
  trigger,
  label,
  actions,
}: {
  trigger: ReactNode;
  /** The trigger's accessible name, when its visible text does not say enough (an icon, "File"). */
  label?: string;
  actions: MenuAction[];
}) {
  return (
    <DropdownMenu.Root>
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
