import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { isBlocker, isOverdue } from '../../../shared/domain/readiness';
import { itemStatusLabels } from '../../../shared/model/checklistConstants';
import { stageBadges, stageLabels } from '../../../shared/model/checklistStages';
import { useAppStore, useStoreApi, type AppState } from '../../store';
import { checklistItemIn, type ChecklistActions } from './checklistActions';
import { ItemDetails } from './ItemDetails';
import { ItemStatusButton } from './ItemStatusButton';
import { SourceBadge } from './SourceBadge';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { Glyph } from '../../components/Glyph';

// The same elements every render: React skips them (a keystroke in the notes re-renders the row).
const collapseIcon = <Glyph shape="caret-down" />;
const expandIcon = <Glyph shape="caret-right" />;

/** Moves focus to the status button of the item `offset` places away in the visible list. */
export function focusItem(fromId: string, offset: number): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.status-button[data-item-id]')];
  const index = buttons.findIndex((b) => b.dataset['itemId'] === fromId);
  buttons[index + offset]?.focus();
}

/** The whole row of an item, details included, when it is shown. */
export function itemElement(id: string): HTMLElement | null {
  return document.querySelector(`.status-button[data-item-id="${CSS.escape(id)}"]`)?.closest('li') ?? null;
}

/** The status button that stands for an item in the list, the focus of keyboard moves. */
export function itemButton(id: string): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>(`.status-button[data-item-id="${CSS.escape(id)}"]`);
}

export function focusItemById(id: string): void {
  itemButton(id)?.focus();
}

interface Props {
  id: string;
  /** From the area, not the store: one subscription fewer for each of hundreds of rows, on every edit. */
  readOnly: boolean;
  today: string;
  expanded: boolean;
  onToggle(id: string): void;
  actions: ChecklistActions;
}

/**
 * The item, kept as it was while only its notes change: typing a note re-renders the notes field (which reads
 * them itself, see ItemNotes), not the whole row.
 */
function useItemApartFromNotes(id: string): ChecklistItem | undefined {
  const shown = useRef<ChecklistItem | undefined>(undefined);
  return useAppStore(
    useCallback(
      (s: AppState) => {
        const item = checklistItemIn(s, id);
        const before = shown.current;
        if (item && before && item !== before && sameApartFromNotes(before, item)) return before;
        shown.current = item;
        return item;
      },
      [id],
    ),
  );
}

const sameApartFromNotes = (a: ChecklistItem, b: ChecklistItem) =>
  (Object.keys(b) as Array<keyof ChecklistItem>).every((key) => key === 'notes' || a[key] === b[key]) &&
  Object.keys(a).length === Object.keys(b).length;

/** One checklist item: status, title, badges; its details when expanded. Re-renders only when the item changes. */
export const ChecklistItemRow = memo(function ChecklistItemRow({
  id,
  readOnly,
  today,
  expanded,
  onToggle,
  actions,
}: Props) {
  const item = useItemApartFromNotes(id);
  const store = useStoreApi();
  if (!item) return null;
  const overdue = isOverdue(item, today);
  const reasonMissing = item.status === 'n/a' && isBlocker(item);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const direction = event.key === 'ArrowDown' ? 1 : -1;
      if (event.altKey) {
        focusAfterUpdate(
          () => actions.move(id, direction),
          () => itemButton(id),
        );
      } else focusItem(id, direction);
    } else if (event.key === 'ArrowRight' && !expanded) {
      event.preventDefault();
      onToggle(id);
    } else if (event.key === 'ArrowLeft' && expanded) {
      event.preventDefault();
      onToggle(id);
    } else if (event.key.toLowerCase() === 'n' && !event.ctrlKey && !event.metaKey && !readOnly) {
      event.preventDefault();
      if (item.status === 'n/a') actions.setStatus(id, 'todo');
      else actions.markNotApplicable(id);
    }
  };

  return (
    <li className={`item item--${item.status}${expanded ? ' item--expanded' : ''}`}>
      <div className="item__row">
        <ItemStatusButton
          id={id}
          title={item.title}
          status={item.status}
          onCycle={() => (readOnly ? undefined : actions.cycleStatus(id))}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="item__title"
          aria-expanded={expanded}
          aria-controls={`details-${id}`}
          onClick={() => onToggle(id)}
        >
          {expanded ? collapseIcon : expandIcon}
          <span className="item__title-text">{item.title}</span>
        </button>
        <span className="item__badges">
          {item.mustHave && <span className="badge badge--must">Must-have</span>}
          <span className="badge badge--stage" title={`Needed ${stageLabels[item.stage]}`}>
            {stageBadges[item.stage]}
          </span>
          {item.retired && (
            <span
              className="badge badge--retired"
              title="The catalog no longer has this item; it is kept with your work and you may delete it"
            >
              Retired
            </span>
          )}
          {item.custom ? <span className="badge">Yours</span> : <SourceBadge source={item.source} />}
          <span className="badge badge--status">{itemStatusLabels[item.status]}</span>
          {reasonMissing &&
            (readOnly ? (
              <span className="badge badge--overdue">Reason missing</span>
            ) : (
              <button
                type="button"
                className="badge badge--overdue badge--button"
                aria-label={`Reason missing: add why “${item.title}” does not apply`}
                onClick={() => actions.markNotApplicable(id)}
              >
                Reason missing
              </button>
            ))}
          {item.owner && (
            <span className="badge badge--owner" title={`Owner: ${item.owner}`}>
              {item.owner}
            </span>
          )}
          {item.dueDate && (
            <span className={overdue ? 'badge badge--overdue' : 'badge'}>
              {overdue ? 'Overdue · ' : 'Due '}
              {item.dueDate}
            </span>
          )}
        </span>
      </div>
      {expanded && (
        <div id={`details-${id}`}>
          <ItemDetails
            item={item}
            actions={actions}
            readOnly={readOnly}
            onDeleted={() => store.getState().showToast(`Deleted “${item.title}”. Press Ctrl+Z to undo.`)}
          />
        </div>
      )}
    </li>
  );
});
