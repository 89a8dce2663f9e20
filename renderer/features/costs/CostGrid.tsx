import { AlertTriangle } from 'lucide-react';
import {
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { periodTotal } from '../../../shared/domain/businessCase';
import type { CostCellValue, CostRow } from '../../../shared/domain/costEdits';
import {
  parseAmount,
  parseClipboardTable,
  type AmountResult,
  type NumberFormat,
} from '../../../shared/domain/pasteParsing';
import { costCategoryIds, costCategoryLabels } from '../../../shared/model/costCategories';
import type { CostPeriod } from '../../../shared/model/costs';
import { ActionMenu } from '../../components/ActionMenu';
import { Glyph } from '../../components/Glyph';
import {
  inRange,
  isTypingKey,
  navigationKey,
  rangeOf,
  single,
  step,
  tabFrom,
  type GridPos,
  type GridSelection,
} from '../../components/grid/gridNavigation';
import { focusGridCell } from '../../components/grid/focusGridCell';
import { exactGridNumber, gridNumber, localeNumberFormat, money } from '../../format';
import { useEditAfterPaint } from '../../store/useEditAfterPaint';
import { sameEach, useStable } from '../../useStable';

/** The grid's editable rows, top to bottom: the eight categories, then the volume. */
export const gridRows: readonly CostRow[] = [...costCategoryIds, 'volume'];

export interface CellError {
  text: string;
  reason: string;
}

interface Editing {
  /** The text the editor opens with; what is typed after lives in the editor (and `editorTextRef`), not here. */
  text: string;
  /** Started by typing: arrows commit and move (as in a spreadsheet). Started by F2/Enter: arrows move the caret. */
  replacing: boolean;
}

interface Props {
  periods: readonly CostPeriod[];
  currency: string;
  volumeUnit: string;
  readOnly: boolean;
  onSetCells(cells: CostCellValue[]): void;
  /** A paste wider than the grid: add this many periods after the latest, and return them. */
  onAddPeriods(count: number): CostPeriod[];
  /** A period's menu, by the period's id: the heads stay as they are while its amounts change. */
  onEditPeriod(periodId: string): void;
  onRemovePeriod(periodId: string): void;
  /** A sentence about what a paste or an edit did (cells not read, periods added), for a live region. */
  onReport(message: string | null): void;
}

const cellKey = (periodId: string, row: CostRow) => `${periodId}:${row}`;
const rowLabel = (row: CostRow, unit: string) => (row === 'volume' ? `Volume (${unit})` : costCategoryLabels[row]);
const maxPastedPeriods = 40;

function valueOf(period: CostPeriod, row: CostRow): number | null {
  return row === 'volume' ? period.volume : (period.amounts[row] ?? null);
}

/** A cell's text read as its row takes it: an amount, or a volume, which cannot be negative. */
function readCell(text: string, row: CostRow, format: NumberFormat): AmountResult {
  const parsed = parseAmount(text, format);
  if (parsed.ok && row === 'volume' && parsed.value !== null && parsed.value < 0) {
    return { ok: false, reason: 'A volume cannot be negative.' };
  }
  return parsed;
}

/** A cell committed from its editor, shown before the project has it (see `useEditAfterPaint`). */
interface CommittedCell {
  key: string;
  value: number | null;
}

/**
 * Cost history as a spreadsheet: categories down, periods across, with totals. Arrows, Tab and Enter move;
 * typing replaces; F2 or Enter edits; Delete clears; Ctrl+C / Ctrl+V copy and paste tab-separated blocks
 * (what Excel, Sheets and LibreOffice put on the clipboard). A cell that cannot be read keeps its old
 * value and shows what was typed with the reason, until it is edited or cleared.
 */
export function CostGrid({
  periods,
  currency,
  volumeUnit,
  readOnly,
  onSetCells,
  onAddPeriods,
  onEditPeriod,
  onRemovePeriod,
  onReport,
}: Props) {
  const [selection, setSelection] = useState<GridSelection>(single({ row: 0, col: 0 }));
  const [editing, setEditingState] = useState<Editing | null>(null);
  // What the open editor holds: typing re-renders the editor alone, not every row of the grid.
  const editorTextRef = useRef('');
  const setEditing = (next: Editing | null) => {
    editorTextRef.current = next?.text ?? '';
    setEditingState(next);
  };
  const [errors, setErrors] = useState<ReadonlyMap<string, CellError>>(new Map());
  const [focusWithin, setFocusWithin] = useState(false);
  const committed = useEditAfterPaint<CommittedCell>();
  /** A cell's value, the one just committed from its editor included (copied or edited again before it is in). */
  const shownValue = (period: CostPeriod, row: CostRow) =>
    committed.shown?.key === cellKey(period.id, row) ? committed.shown.value : valueOf(period, row);
  const tableRef = useRef<HTMLTableElement>(null);
  const dragging = useRef(false);
  const handingBack = useRef(false);
  const size = { rows: gridRows.length, cols: periods.length };
  const numberFormat = localeNumberFormat();
  const heads = useStable(periods, sameHeads);
  const { focus } = selection;
  const range = rangeOf(selection);

  // Keep the selection inside the grid when periods are removed (undo, another edit).
  const lastCol = Math.max(0, periods.length - 1);
  if (focus.col > lastCol || selection.anchor.col > lastCol) {
    setSelection(single({ row: focus.row, col: Math.min(focus.col, lastCol) }));
  }

  const focusCell = useCallback((pos: GridPos) => {
    focusGridCell(tableRef.current?.querySelector<HTMLElement>(`[data-cell="${pos.row}:${pos.col}"]`));
  }, []);

  useEffect(() => {
    if (focusWithin && !editing) focusCell(selection.focus);
  }, [selection.focus, editing, focusWithin, focusCell]);

  const clearErrors = (keys: string[]) => {
    if (!keys.some((key) => errors.has(key))) return;
    setErrors((previous) => {
      const next = new Map(previous);
      for (const key of keys) next.delete(key);
      return next;
    });
  };

  /** Reads the texts for a block of cells starting at `origin`, sets the good ones and marks the bad ones. */
  const writeBlock = (origin: GridPos, block: string[][], targetPeriods: readonly CostPeriod[]) => {
    const values: CostCellValue[] = [];
    const bad = new Map<string, CellError>();
    const good: string[] = [];
    let outside = 0;
    block.forEach((cells, r) => {
      cells.forEach((text, c) => {
        const row = gridRows[origin.row + r];
        const period = targetPeriods[origin.col + c];
        if (!row || !period) {
          if (text.trim() !== '') outside += 1;
          return;
        }
        const key = cellKey(period.id, row);
        const read = readCell(text, row, numberFormat);
        if (!read.ok) bad.set(key, { text, reason: read.reason });
        else {
          values.push({ periodId: period.id, row, value: read.value });
          good.push(key);
        }
      });
    });
    onSetCells(values);
    setErrors((previous) => {
      const next = new Map(previous);
      for (const key of good) next.delete(key);
      for (const [key, error] of bad) next.set(key, error);
      return next;
    });
    return { written: values.length, bad: [...bad.values()], outside };
  };

  const commit = (text: string) => {
    const period = periods[focus.col];
    if (!period) return;
    const { bad } = writeBlock(focus, [[text]], periods);
    onReport(
      bad[0] ? `${rowLabel(gridRows[focus.row] ?? 'other', volumeUnit)}, ${period.label}: ${bad[0].reason}` : null,
    );
  };

  /**
   * Enter, Tab or an arrow out of the editor: the cell shows its new value in this key press's frame, and the
   * project takes it just after (its totals, charts and save status redraw a frame later). Text that cannot be
   * read is marked at once; it does not go into the project.
   */
  const commitAfterPaint = (text: string) => {
    const period = periods[focus.col];
    const row = gridRows[focus.row];
    const read = row ? readCell(text, row, numberFormat) : null;
    if (!period || !row || !read?.ok) {
      commit(text);
      return;
    }
    committed.hold({ key: cellKey(period.id, row), value: read.value }, () => commit(text));
  };

  const move = (to: GridPos, extend = false) => {
    setSelection((previous) => (extend ? { anchor: previous.anchor, focus: to } : single(to)));
  };

  const clearSelection = () => {
    const cells: CostCellValue[] = [];
    const keys: string[] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      for (let c = range.left; c <= range.right; c += 1) {
        const row = gridRows[r];
        const period = periods[c];
        if (!row || !period) continue;
        cells.push({ periodId: period.id, row, value: null });
        keys.push(cellKey(period.id, row));
      }
    }
    onSetCells(cells);
    clearErrors(keys);
  };

  /** F2, Enter or a double-click: edit the cell keeping what is in it (or the text that could not be read). */
  const startEditing = () => {
    const period = periods[focus.col];
    const row = gridRows[focus.row];
    if (readOnly || !period || !row) return;
    const error = errors.get(cellKey(period.id, row));
    const value = shownValue(period, row);
    setEditing({ text: error?.text ?? (value === null ? '' : exactGridNumber(value)), replacing: false });
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || periods.length === 0) return;
    committed.flush();
    const nav = navigationKey(event.key, event.ctrlKey || event.metaKey);
    if (nav) {
      event.preventDefault();
      move(step(focus, nav.rows, nav.cols, size), event.shiftKey);
      return;
    }
    if (event.key === 'Tab') {
      const next = tabFrom(focus, event.shiftKey, size);
      if (!next) return; // let focus leave the grid
      event.preventDefault();
      move(next);
      return;
    }
    if (readOnly) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clearSelection();
    } else if (isTypingKey(event)) {
      event.preventDefault();
      setSelection(single(focus));
      setEditing({ text: event.key, replacing: true });
    }
  };

  /**
   * Gives the keyboard back to the grid from the editor, before the grid renders without it: focusing a cell after
   * that render would make the browser restyle the changed grid there and then, and removing the editor while it
   * has the focus costs as much again. The editor's blur on the way is not a second commit.
   */
  const handBack = (to: GridPos) => {
    handingBack.current = true;
    try {
      focusCell(to);
    } finally {
      handingBack.current = false;
    }
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    const finish = (to: GridPos | null) => {
      event.preventDefault();
      commitAfterPaint(editorTextRef.current);
      setEditing(null);
      handBack(to ?? focus);
      if (to) move(to);
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(null);
      handBack(focus);
    } else if (event.key === 'Enter') finish(step(focus, event.shiftKey ? -1 : 1, 0, size));
    else if (event.key === 'Tab') finish(tabFrom(focus, event.shiftKey, size) ?? focus);
    else if (editing.replacing && event.key.startsWith('Arrow')) {
      const nav = navigationKey(event.key, false);
      if (nav) finish(step(focus, nav.rows, nav.cols, size));
    }
  };

  const onCopy = (event: ClipboardEvent<HTMLTableElement>) => {
    if (editing) return;
    event.preventDefault();
    const lines: string[] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      const cells: string[] = [];
      for (let c = range.left; c <= range.right; c += 1) {
        const row = gridRows[r];
        const period = periods[c];
        const value = row && period ? shownValue(period, row) : null;
        cells.push(value === null ? '' : exactGridNumber(value));
      }
      lines.push(cells.join('\t'));
    }
    event.clipboardData.setData('text/plain', lines.join('\r\n'));
    onReport(`Copied ${(range.bottom - range.top + 1) * (range.right - range.left + 1)} cells.`);
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    if (editing || readOnly) return;
    event.preventDefault();
    committed.flush();
    const block = parseClipboardTable(event.clipboardData.getData('text/plain'));
    if (block.length === 0) return;
    const origin = { row: range.top, col: range.left };
    const width = Math.max(...block.map((cells) => cells.length));
    const missing = Math.min(maxPastedPeriods, Math.max(0, origin.col + width - periods.length));
    const kind = periods.at(-1)?.kind ?? 'year';
    const added = missing > 0 ? onAddPeriods(missing) : [];
    const { written, bad, outside } = writeBlock(origin, block, [...periods, ...added]);
    const rows = Math.min(block.length, gridRows.length - origin.row);
    setSelection({
      anchor: origin,
      focus: { row: origin.row + Math.max(0, rows - 1), col: origin.col + Math.max(0, width - 1) },
    });
    const parts = [`Pasted ${written} ${written === 1 ? 'cell' : 'cells'}.`];
    if (added.length > 0)
      parts.push(`Added ${added.length} ${kind === 'year' ? 'year' : 'quarter'}${added.length === 1 ? '' : 's'}.`);
    if (bad.length > 0)
      parts.push(`${bad.length} ${bad.length === 1 ? 'cell was' : 'cells were'} not read — ${bad[0]?.reason ?? ''}`);
    if (outside > 0) parts.push(`${outside} ${outside === 1 ? 'value fell' : 'values fell'} outside the grid.`);
    onReport(parts.join(' '));
  };

  const onCellMouseDown = (event: MouseEvent, pos: GridPos) => {
    committed.flush();
    if (editing) {
      commit(editorTextRef.current);
      setEditing(null);
    }
    dragging.current = true;
    move(pos, event.shiftKey);
  };

  if (periods.length === 0) return null;

  return (
    <div className="grid-scroll">
      <table
        ref={tableRef}
        className="cost-grid"
        role="grid"
        aria-label="Cost history by category and period"
        aria-readonly={readOnly || undefined}
        aria-multiselectable
        onKeyDown={onGridKeyDown}
        onCopy={onCopy}
        onPaste={onPaste}
        onFocus={() => setFocusWithin(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusWithin(false);
        }}
        onMouseUp={() => (dragging.current = false)}
        onMouseLeave={() => (dragging.current = false)}
      >
        <PeriodHeads heads={heads} readOnly={readOnly} onEditPeriod={onEditPeriod} onRemovePeriod={onRemovePeriod} />
        <tbody>
          {gridRows.map((row, r) => (
            <CostGridRow
              key={row}
              row={row}
              r={r}
              label={rowLabel(row, volumeUnit)}
              periods={periods}
              selectionFocus={focus}
              range={range}
              errors={errors}
              committedKey={committed.shown?.key ?? null}
              editing={editing}
              editorTextRef={editorTextRef}
              onEditorKeyDown={onEditorKeyDown}
              onEditorBlur={() => {
                if (!editing || handingBack.current) return;
                commit(editorTextRef.current);
                setEditing(null);
              }}
              onCellMouseDown={onCellMouseDown}
              onCellMouseEnter={(pos) => dragging.current && move(pos, true)}
              onCellDoubleClick={startEditing}
              before={
                row === 'volume' ? (
                  <tr className="cost-grid__sum">
                    <th scope="row">Total cost</th>
                    {periods.map((period) => {
                      const total = periodTotal(period);
                      return <td key={period.id}>{total === null ? '—' : money(total, currency)}</td>;
                    })}
                    <td>
                      {money(
                        periods.reduce((sum, p) => sum + (periodTotal(p) ?? 0), 0),
                        currency,
                      )}
                    </td>
                  </tr>
                ) : null
              }
              currency={currency}
            />
          ))}
          <tr className="cost-grid__derived">
            <th scope="row">Cost per {volumeUnit.replace(/s$/, '')}</th>
            {periods.map((period) => {
              const total = periodTotal(period);
              return (
                <td key={period.id}>
                  {total === null || !period.volume ? '—' : money(total / period.volume, currency, { cents: true })}
                </td>
              );
            })}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** What a period's head shows: a committed cell changes the period, not its head. */
type PeriodHead = Pick<CostPeriod, 'id' | 'label' | 'kind'>;

const sameHeads = (a: readonly PeriodHead[], b: readonly PeriodHead[]) =>
  sameEach(a, b, (head, other) => head.id === other.id && head.label === other.label && head.kind === other.kind);

/**
 * The periods across the top, each with its menu. Memoised on the heads alone: opening, typing in or committing a
 * cell re-renders the cells, not ten menus and their icons.
 */
const PeriodHeads = memo(function PeriodHeads({
  heads: periods,
  readOnly,
  onEditPeriod,
  onRemovePeriod,
}: Pick<Props, 'readOnly' | 'onEditPeriod' | 'onRemovePeriod'> & { heads: readonly PeriodHead[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="cost-grid__corner">
          Category
        </th>
        {periods.map((period) => (
          <th key={period.id} scope="col" className="cost-grid__period" data-record-id={period.id}>
            <ActionMenu
              label={`Period ${period.label}`}
              actions={[
                { label: 'Edit period…', onSelect: () => onEditPeriod(period.id), disabled: readOnly },
                {
                  label: 'Remove period',
                  onSelect: () => onRemovePeriod(period.id),
                  destructive: true,
                  disabled: readOnly,
                },
              ]}
              trigger={
                <button type="button" className="cost-grid__period-button">
                  <span>{period.label}</span>
                  {period.kind === 'quarter' && <span className="visually-hidden"> (quarter)</span>}
                  <Glyph shape="caret-down" />
                </button>
              }
            />
          </th>
        ))}
        <th scope="col" className="cost-grid__total-head">
          All periods
        </th>
      </tr>
    </thead>
  );
});

interface RowProps {
  row: CostRow;
  r: number;
  label: string;
  periods: readonly CostPeriod[];
  selectionFocus: GridPos;
  range: ReturnType<typeof rangeOf>;
  errors: ReadonlyMap<string, CellError>;
  /** The cell committed from its editor that the project does not have yet (its closed editor stays). */
  committedKey: string | null;
  editing: Editing | null;
  currency: string;
  editorTextRef: { current: string };
  onEditorKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onEditorBlur(): void;
  onCellMouseDown(event: MouseEvent, pos: GridPos): void;
  onCellMouseEnter(pos: GridPos): void;
  onCellDoubleClick(): void;
  /** A row drawn above this one (the total, above the volume). */
  before: ReactNode;
}

function CostGridRow({
  row,
  r,
  label,
  periods,
  selectionFocus,
  range,
  errors,
  committedKey,
  editing,
  currency,
  editorTextRef,
  onEditorKeyDown,
  onEditorBlur,
  onCellMouseDown,
  onCellMouseEnter,
  onCellDoubleClick,
  before,
}: RowProps) {
  const rowTotal = periods.reduce<number | null>((sum, period) => {
    const value = valueOf(period, row);
    return value === null ? sum : (sum ?? 0) + value;
  }, null);
  return (
    <>
      {before}
      <tr className={row === 'volume' ? 'cost-grid__volume' : undefined}>
        <th scope="row">{label}</th>
        {periods.map((period, c) => {
          const active = selectionFocus.row === r && selectionFocus.col === c;
          const key = cellKey(period.id, row);
          const error = errors.get(key);
          const value = valueOf(period, row);
          const open = active ? editing : null;
          const closed = !open && committedKey === key;
          return (
            <td
              key={period.id}
              data-cell={`${r}:${c}`}
              tabIndex={active ? 0 : -1}
              aria-selected={inRange(range, r, c)}
              aria-invalid={error ? true : undefined}
              title={error ? `“${error.text}”: ${error.reason}` : undefined}
              className={`cost-grid__cell${active ? ' cost-grid__cell--active' : ''}${error ? ' cost-grid__cell--error' : ''}`}
              onMouseDown={(event) => onCellMouseDown(event, { row: r, col: c })}
              onMouseEnter={() => onCellMouseEnter({ row: r, col: c })}
              onDoubleClick={onCellDoubleClick}
            >
              {open || closed ? (
                <CellEditor
                  label={`${label}, ${period.label}`}
                  editing={open}
                  editorTextRef={editorTextRef}
                  onKeyDown={onEditorKeyDown}
                  onBlur={onEditorBlur}
                />
              ) : error ? (
                <span className="cost-grid__bad">
                  <AlertTriangle size={12} aria-hidden />
                  {error.text}
                  <span className="visually-hidden">, not read: {error.reason}</span>
                </span>
              ) : value === null ? (
                ''
              ) : (
                gridNumber(value)
              )}
            </td>
          );
        })}
        <td className="cost-grid__row-total">
          {rowTotal === null ? '—' : row === 'volume' ? gridNumber(rowTotal) : money(rowTotal, currency)}
        </td>
      </tr>
    </>
  );
}

/**
 * The open cell's text box: it keeps what is typed itself, so a key press renders this box and nothing else.
 * Closed by Enter, Tab or an arrow (`editing` null), it stays in its cell, inert, until the project takes the
 * cell's value just after the paint: taking a text box out of the page restyles it there and then (2 ms and more
 * of a key press on the large project), and the key press's frame need not wait for that.
 */
function CellEditor({
  label,
  editing,
  editorTextRef,
  onKeyDown,
  onBlur,
}: {
  label: string;
  editing: Editing | null;
  editorTextRef: { current: string };
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onBlur(): void;
}) {
  const [text, setText] = useState(editing?.text ?? '');
  const closed = editing === null;
  return (
    <input
      className="cost-grid__editor"
      aria-label={label}
      value={text}
      autoFocus={!closed}
      readOnly={closed}
      tabIndex={closed ? -1 : undefined}
      onFocus={(event) => {
        if (editing && !editing.replacing) event.currentTarget.select();
      }}
      onChange={(event) => {
        editorTextRef.current = event.target.value;
        setText(event.target.value);
      }}
      onKeyDown={closed ? undefined : onKeyDown}
      onBlur={closed ? undefined : onBlur}
    />
  );
}
