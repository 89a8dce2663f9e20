import { Check, Circle, CircleDashed, CircleSlash, type LucideIcon } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import type { ItemStatus } from '../../../shared/model/checklist';
import { itemStatusLabels } from '../../../shared/model/checklistConstants';

const icons: Record<ItemStatus, LucideIcon> = {
  todo: Circle,
  'in-progress': CircleDashed,
  done: Check,
  'n/a': CircleSlash,
};

interface Props {
  id: string;
  title: string;
  status: ItemStatus;
  onCycle(): void;
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>): void;
}

/** The item's status; activating it (click, Space, Enter) moves to the next status. */
export function ItemStatusButton({ id, title, status, onCycle, onKeyDown }: Props) {
  const Icon = icons[status];
  return (
    <button
      type="button"
      className={`status-button status-button--${status}`}
      data-item-id={id}
      aria-label={`${title}: ${itemStatusLabels[status]}. Press to change the status.`}
      title={`${itemStatusLabels[status]} — Space to change`}
      onClick={onCycle}
      onKeyDown={onKeyDown}
    >
      <Icon size={16} aria-hidden strokeWidth={status === 'done' ? 3 : 2} />
    </button>
  );
}
