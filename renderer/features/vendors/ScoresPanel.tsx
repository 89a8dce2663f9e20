import { AlertTriangle, Calculator, EyeOff, MessageSquare } from 'lucide-react';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { criterionGroupLabels, totalCostCriterionId } from '../../../shared/catalog/criteria';
import { businessCaseOf } from '../../../shared/domain/businessCase';
import { costScores } from '../../../shared/domain/costScore';
import type { VendorScoring } from '../../../shared/domain/scoring';
import { scoreIndexOf, type ScoreRowIndex } from '../../../shared/domain/scoreIndex';
import type { Criterion, Vendor, VendorEvaluation } from '../../../shared/model/vendors';
import { criterionGroups } from '../../../shared/model/vendorLabels';
import { focusGridCell } from '../../components/grid/focusGridCell';
import { useFocusedColumnIn, useFocusedRow, useGridFocus, type GridFocus } from '../../components/grid/gridFocus';
import { navigationKey, step, type GridPos } from '../../components/grid/gridNavigation';
import { useAppStore, useStoreApi } from '../../store';
import { sameEach, useStableEach } from '../../useStable';
import { NoteDialog, type NoteTarget } from './NoteDialog';
import type { VendorActions } from './vendorActions';

// Made once: the panel renders again on every score and every move, and a new icon element would render again too.
const blindIcon = <EyeOff size={15} aria-hidden />;
const calculatorIcon = <Calculator size={14} aria-hidden />;

const scoreCellAt = (table: HTMLTableElement | null, pos: GridPos) =>
  table?.querySelector<HTMLElement>(`[data-score="${pos.row}:${pos.col}"]`) ?? null;

interface Props {
  evaluation: VendorEvaluation;
  scoring: VendorScoring;
  actions: VendorActions;
  readOnly: boolean;
}

/**
 * Scores by keyboard: criteria down, vendors across. Scoring as one evaluator hides everyone else's scores
 * (blind scoring); digits 1–5 score, Delete clears (not scored), Enter opens the note. "All evaluators"
 * shows the combined scores and where evaluators disagree. The focused criterion's rubric is beside the grid.
 */
export function ScoresPanel({ evaluation, scoring, actions, readOnly }: Props) {
  const store = useStoreApi();
  const scoringAs = useAppStore((s) => s.scoringAs);
  const setScoringAs = useAppStore((s) => s.setScoringAs);
  const { vendors, evaluators, scores } = evaluation;
  const evaluator = evaluators.find((e) => e.id === scoringAs) ?? null;
  // Criteria in group order: the rows as shown.
  const rows = useMemo(
    () => criterionGroups.flatMap((g) => evaluation.criteria.filter((c) => c.group === g)),
    [evaluation.criteria],
  );
  // The criterion column's width: rows are of fixed tracks (vendors.css), not sized to their content like a table's.
  const criterionChars = useMemo(
    () => Math.max(...rows.map((criterion) => criterion.name.length + (criterion.mustHaveThreshold === null ? 0 : 3))),
    [rows],
  );
  const focus = useGridFocus();
  const [note, setNote] = useState<NoteTarget | null>(null);
  const [within, setWithin] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const size = { rows: rows.length, cols: vendors.length };

  useEffect(() => {
    // The keyboard comes into the grid (Tab): to the cell it left. Arrow keys focus the next cell themselves, before
    // its rows re-render, and a press of the pointer focuses the cell pressed.
    if (within) focusGridCell(scoreCellAt(tableRef.current, focus.get()));
  }, [focus, within]);

  // The evaluator's scores by criterion, then vendor: kept beside the scores and derived edit by edit, so a scored
  // cell changes one row's map and only that row renders again (a 40 × 30 grid has 1,200 cells).
  const own = useMemo(() => (evaluator ? scoreIndexOf(scores).get(evaluator.id) : undefined), [scores, evaluator]);
  const spreads = useMemo(
    () =>
      new Map<string, number>(
        scoring.vendors.flatMap((result) =>
          result.disagreements.map((d) => [`${result.vendorId}\u0000${d.criterionId}`, d.spread] as const),
        ),
      ),
    [scoring],
  );
  // The combined scores each row shows, which change when the ranking catches up with the scoring, not per key;
  // a row whose cells show the same as before keeps its array (and its render).
  const combinedRows = useStableEach(
    useMemo(
      () =>
        rows.map((criterion) =>
          vendors.map((vendor): CombinedFigures => {
            const combined = scoring.aggregated[vendor.id]?.[criterion.id] ?? null;
            const threshold = criterion.mustHaveThreshold;
            return {
              combined,
              spread: spreads.get(`${vendor.id}\u0000${criterion.id}`),
              below: combined !== null && threshold !== null && combined < threshold,
            };
          }),
        ),
      [rows, vendors, scoring, spreads],
    ),
    sameCombinedRow,
  );
  const evaluatorId = evaluator?.id ?? null;
  const openNoteAt = useCallback(
    (pos: GridPos) => {
      const criterion = rows[pos.row];
      const vendor = vendors[pos.col];
      if (criterion && vendor) setNote({ vendorId: vendor.id, criterionId: criterion.id, evaluatorId });
    },
    [rows, vendors, evaluatorId],
  );

  if (evaluators.length === 0 || vendors.length === 0 || rows.length === 0) {
    return (
      <p className="empty-note">
        To score, you need at least one vendor, one criterion and one evaluator. Add them on the “Vendors & evaluators”
        and “Criteria” tabs.
      </p>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const nav = navigationKey(event.key, event.ctrlKey || event.metaKey);
    if (nav) {
      event.preventDefault();
      const next = step(focus.get(), nav.rows, nav.cols, size);
      focusGridCell(scoreCellAt(tableRef.current, next));
      focus.set(next);
      return;
    }
    const criterion = rows[focus.get().row];
    const vendor = vendors[focus.get().col];
    if (!criterion || !vendor) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      setNote({ vendorId: vendor.id, criterionId: criterion.id, evaluatorId: evaluator?.id ?? null });
      return;
    }
    if (!evaluator || readOnly || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = { vendorId: vendor.id, criterionId: criterion.id, evaluatorId: evaluator.id };
    if (/^[1-5]$/.test(event.key)) {
      event.preventDefault();
      actions.setScore(key, Number(event.key));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      actions.setScore(key, null);
    }
  };

  const scoreCostFromBusinessCase = () => {
    const project = store.getState().current?.project;
    if (!project || !evaluator) return;
    const byVendor = costScores(businessCaseOf(project));
    if (byVendor.size === 0) {
      store.getState().showNotice({
        code: 'invalid-request',
        message: 'No vendor has a complete quote yet, so total cost cannot be scored. Add the quotes on the Costs tab.',
      });
      return;
    }
    actions.setScores(
      [...byVendor].map(([vendorId, { score }]) => ({
        key: { vendorId, criterionId: totalCostCriterionId, evaluatorId: evaluator.id },
        score,
      })),
    );
    store
      .getState()
      .showToast(
        `Scored total cost for ${byVendor.size} ${byVendor.size === 1 ? 'vendor' : 'vendors'} from the business case.`,
      );
  };

  let mine = 0;
  for (const row of own?.values() ?? []) mine += row.size;
  const rowOf = new Map(rows.map((criterion, index) => [criterion.id, index]));

  return (
    <div className="scores">
      <div className="scores__toolbar">
        <label className="scores__as">
          <span className="field__label">Score as</span>
          <select
            className="input"
            value={scoringAs ?? ''}
            onChange={(e) => setScoringAs(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">All evaluators (combined, read only)</option>
            {evaluators.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        {evaluator ? (
          <p className="scores__blind">
            {blindIcon} Scoring blind as {evaluator.name}: the other evaluators’ scores are hidden. {mine} of{' '}
            {rows.length * vendors.length} scored.
          </p>
        ) : (
          <p className="muted">
            Choose an evaluator to score. Combined scores show the {evaluation.aggregation} of everyone’s.
          </p>
        )}
        {evaluator && !readOnly && rows.some((r) => r.id === totalCostCriterionId) && (
          <button type="button" className="button button--small" onClick={scoreCostFromBusinessCase}>
            {calculatorIcon} Score total cost from the business case
          </button>
        )}
        {!evaluator && (
          <label className="scores__aggregation">
            <span className="field__label">Combine by</span>
            <select
              className="input"
              value={evaluation.aggregation}
              disabled={readOnly}
              onChange={(e) => actions.setAggregation(e.target.value as VendorEvaluation['aggregation'])}
            >
              <option value="mean">Mean</option>
              <option value="median">Median</option>
            </select>
          </label>
        )}
      </div>
      <div className="scores__body">
        <div className="grid-scroll scores__grid-scroll">
          {/* Its parts name their roles: laid out as rows of grid tracks, not as table parts (vendors.css, a row is a
              layout root), they would not keep a table's semantics in every browser. */}
          <table
            ref={tableRef}
            className="score-grid"
            role="grid"
            aria-label={evaluator ? `Scores by ${evaluator.name}` : 'Combined scores'}
            aria-readonly={!evaluator || readOnly || undefined}
            style={{ '--vendors': vendors.length, '--criterion-chars': criterionChars } as CSSProperties}
            onKeyDown={onKeyDown}
            onFocus={() => setWithin(true)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setWithin(false);
            }}
          >
            <ScoreGridHead vendors={vendors} />
            {criterionGroups.map((group) => {
              const inGroup = rows.filter((c) => c.group === group);
              if (inGroup.length === 0) return null;
              return (
                <tbody key={group} role="rowgroup">
                  <tr className="score-grid__group" role="row">
                    <th scope="rowgroup" role="rowheader" aria-colspan={vendors.length + 1}>
                      {criterionGroupLabels[group]}
                    </th>
                  </tr>
                  {inGroup.map((criterion) => {
                    const r = rowOf.get(criterion.id) ?? 0;
                    return (
                      <ScoreRow
                        key={criterion.id}
                        criterion={criterion}
                        row={r}
                        vendors={vendors}
                        own={own?.get(criterion.id)}
                        combined={combinedRows[r] ?? noFigures}
                        focus={focus}
                        blind={evaluator !== null}
                        onFocusCell={focus.set}
                        onOpenNote={openNoteAt}
                      />
                    );
                  })}
                </tbody>
              );
            })}
          </table>
        </div>
        <Rubric
          focus={focus}
          rows={rows}
          keys={
            evaluator && !readOnly
              ? 'Keys: 1–5 score · Delete: not scored · Enter: note · arrows: move'
              : 'Enter: everyone’s scores and notes side by side'
          }
        />
      </div>
      <NoteDialog
        target={note}
        evaluation={evaluation}
        actions={actions}
        readOnly={readOnly}
        onClose={() => setNote(null)}
      />
    </div>
  );
}

/**
 * The focused criterion's rubric beside the grid: the criterion's, not the cell's, so a move along the row changes
 * nothing here, the live region speaks only when the criterion changes, and the page is not laid out again for
 * every move across the vendors.
 */
const Rubric = memo(function Rubric({
  focus,
  rows,
  keys,
}: {
  focus: GridFocus;
  rows: readonly Criterion[];
  keys: string;
}) {
  const criterion = rows[useFocusedRow(focus)];
  return (
    <aside className="rubric" aria-label="Rubric of the focused criterion" aria-live="polite">
      {criterion && (
        <>
          <p className="rubric__where" dir="auto">
            {criterion.name}
          </p>
          <p className="rubric__question" dir="auto">
            {criterion.question || 'No question written for this criterion yet.'}
          </p>
          <dl className="rubric__anchors">
            {([5, 3, 1] as const).map((anchor) => (
              <div key={anchor}>
                <dt>{anchor}</dt>
                <dd dir="auto">{criterion.rubric[anchor] || '—'}</dd>
              </div>
            ))}
          </dl>
          <p className="muted rubric__keys">{keys}</p>
        </>
      )}
    </aside>
  );
});

/** What a cell shows of everyone's scores combined (all evaluators), from the ranking. */
interface CombinedFigures {
  combined: number | null;
  spread: number | undefined;
  below: boolean;
}

/** The vendors across the top: the same while scoring, so not rendered again with every score. */
const ScoreGridHead = memo(function ScoreGridHead({ vendors }: { vendors: readonly Vendor[] }) {
  return (
    <thead role="rowgroup">
      <tr role="row">
        <th scope="col" role="columnheader">
          Criterion
        </th>
        {vendors.map((v) => (
          <th key={v.id} scope="col" role="columnheader" dir="auto">
            {v.name}
          </th>
        ))}
      </tr>
    </thead>
  );
});

const noFigures: readonly CombinedFigures[] = [];

const sameCombinedRow = (a: readonly CombinedFigures[], b: readonly CombinedFigures[]) =>
  sameEach(
    a,
    b,
    (figures, other) =>
      figures.combined === other.combined && figures.spread === other.spread && figures.below === other.below,
  );

interface RowProps {
  criterion: Criterion;
  row: number;
  vendors: readonly Vendor[];
  /** The evaluator's scores on this criterion by vendor id (blind scoring). */
  own: ScoreRowIndex | undefined;
  combined: readonly CombinedFigures[];
  /** Where the keyboard is: the row renders when the focus comes, goes or moves along it. */
  focus: GridFocus;
  /** Scoring as one evaluator: their own score shows, everyone else's stays hidden. */
  blind: boolean;
  onFocusCell(pos: GridPos): void;
  onOpenNote(pos: GridPos): void;
}

/** One criterion's row; it renders only when one of its cells shows something else or the focus comes or goes. */
const ScoreRow = memo(function ScoreRow({
  criterion,
  row,
  vendors,
  own,
  combined,
  focus,
  blind,
  onFocusCell,
  onOpenNote,
}: RowProps) {
  const activeCol = useFocusedColumnIn(focus, row);
  return (
    <tr role="row">
      <th scope="row" role="rowheader" dir="auto" title={criterion.name}>
        {criterion.name}
        {criterion.mustHaveThreshold !== null && (
          <span className="score-grid__must" title={`Knock-out below ${criterion.mustHaveThreshold}`}>
            {' '}
            ≥{criterion.mustHaveThreshold}
          </span>
        )}
      </th>
      {vendors.map((vendor, col) => {
        const score = own?.get(vendor.id);
        const figures = combined[col];
        return (
          <ScoreCell
            key={col}
            row={row}
            col={col}
            active={activeCol === col}
            blind={blind}
            own={score?.score ?? null}
            hasNote={Boolean(score?.note)}
            combined={figures?.combined ?? null}
            spread={figures?.spread}
            below={figures?.below ?? false}
            onFocusCell={onFocusCell}
            onOpenNote={onOpenNote}
          />
        );
      })}
    </tr>
  );
});

interface CellProps extends CombinedFigures {
  row: number;
  col: number;
  active: boolean;
  blind: boolean;
  /** The evaluator's own score (blind scoring), and whether they wrote a note beside it. */
  own: number | null;
  hasNote: boolean;
  onFocusCell(pos: GridPos): void;
  onOpenNote(pos: GridPos): void;
}

/** One cell of the score grid; it repaints only when its own figures change, not when another cell is scored. */
const ScoreCell = memo(function ScoreCell({
  row,
  col,
  active,
  blind,
  own,
  hasNote,
  combined,
  spread,
  below,
  onFocusCell,
  onOpenNote,
}: CellProps) {
  const notScored = (
    <span className="score score--none">
      <span aria-hidden>·</span>
      <span className="visually-hidden">not scored</span>
    </span>
  );
  return (
    <td
      role="gridcell"
      data-score={`${row}:${col}`}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      className={`score-cell${active ? ' score-cell--active' : ''}${!blind && below ? ' score-cell--below' : ''}`}
      onMouseDown={() => onFocusCell({ row, col })}
      onDoubleClick={() => onOpenNote({ row, col })}
    >
      {blind ? (
        own === null ? (
          notScored
        ) : (
          <>
            <span className={`score score--${own}`}>{own}</span>
            {hasNote && <MessageSquare size={11} aria-label="has a note" />}
          </>
        )
      ) : combined === null ? (
        notScored
      ) : (
        <>
          <span className={`score score--${Math.round(combined)}`}>{combined.toFixed(1)}</span>
          {spread !== undefined && (
            <AlertTriangle size={12} className="score-cell__flag" aria-label={`evaluators disagree by ${spread}`} />
          )}
        </>
      )}
    </td>
  );
});
