import type { KeyboardEvent } from 'react';
import type { ItemStatus } from '../../../shared/model/checklist';
import { itemStatusLabels } from '../../../shared/model/checklistConstants';
import { Glyph, type GlyphShape } from '../../components/Glyph';

const glyphs: Record<ItemStatus, GlyphShape> = {
  todo: 'circle',
  'in-progress': 'circle-dashed',
  done: 'check',
  'n/a': 'circle-slash',
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
      <Glyph shape={glyphs[status]} />
    </button>
  );
}
