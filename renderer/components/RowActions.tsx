import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';

interface Props {
  /** What the row is called, for the buttons' names: "Move Culture fit up". */
  name: string;
  index: number;
  count: number;
  disabled?: boolean;
  onMove?(direction: -1 | 1): void;
  onRemove?(): void;
}

/** Move up, move down and remove: the buttons at the end of every editable list row (each when it applies). */
export function RowActions({ name, index, count, disabled = false, onMove, onRemove }: Props) {
  return (
    <span className="row-actions">
      {onMove && (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} up`}
            disabled={disabled || index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp size={15} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} down`}
            disabled={disabled || index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown size={15} aria-hidden />
          </button>
        </>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove ${name}`}
        disabled={disabled}
        onClick={onRemove}
      >
        <Trash2 size={15} aria-hidden />
      </button>
    </span>
  );
}
