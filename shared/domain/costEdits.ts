import type { CostCategoryId } from '../model/costCategories';
import type { Costs, CostPeriod } from '../model/costs';
import { removeById, updateById } from './listEdits';
import { isoDay } from './readiness';

/** Pure edits of the cost baseline; each returns new objects and leaves its input untouched. */

/** A row of the cost grid: a cost category, or the volume of work done in the period. */
export type CostRow = CostCategoryId | 'volume';

export interface CostCellValue {
  periodId: string;
  row: CostRow;
  /** null clears the cell. */
  value: number | null;
}

/** Periods oldest first: the order of the grid's columns and of every trend. */
export function periodsByStart(periods: readonly CostPeriod[]): CostPeriod[] {
  return periods.toSorted((a, b) => a.start.localeCompare(b.start));
}

/** Sets (or clears) cells of the cost grid: one typed amount, a pasted block, a cleared selection. */
export function setCostCells(costs: Costs, cells: readonly CostCellValue[]): Costs {
  if (cells.length === 0) return costs;
  const byPeriod = new Map<string, CostCellValue[]>();
  for (const cell of cells) byPeriod.set(cell.periodId, [...(byPeriod.get(cell.periodId) ?? []), cell]);
  let changed = false;
  const periods = costs.periods.map((period) => {
    const edits = byPeriod.get(period.id);
    if (!edits) return period;
    let next = period;
    for (const { row, value } of edits) {
      if (row === 'volume') {
        if (next.volume === value) continue;
        next = { ...next, volume: value === null ? null : Math.max(0, value) };
      } else {
        if (next.amounts[row] === (value ?? undefined)) continue;
        const amounts = { ...next.amounts };
        if (value === null) delete amounts[row];
        else amounts[row] = value;
        next = { ...next, amounts };
      }
    }
    if (next !== period) changed = true;
    return next;
  });
  return changed ? { ...costs, periods } : costs;
}

/**
 * The period "Add a year" / "Add a quarter" adds: history is entered backwards from the last finished
 * period, so it is the period after the latest one when that has ended by `now`, else the one before the
 * earliest. The first one is the last finished calendar year or quarter.
 */
export function nextPeriod(
  periods: readonly CostPeriod[],
  kind: CostPeriod['kind'],
  id: string,
  now: Date,
): CostPeriod {
  const months = kind === 'year' ? 12 : 3;
  const sameKind = periodsByStart(periods.filter((p) => p.kind === kind));
  const latest = sameKind.at(-1);
  const earliest = sameKind[0];
  const today = isoDay(now);
  let start: string;
  if (!latest || !earliest) {
    const currentStart =
      kind === 'year'
        ? `${now.getFullYear()}-01-01`
        : `${now.getFullYear()}-${String(Math.floor(now.getMonth() / 3) * 3 + 1).padStart(2, '0')}-01`;
    start = addMonths(currentStart, -months);
  } else {
    const after = addMonths(latest.start, months);
    // The period after the latest has ended when the day after its last day is today or earlier.
    start = addMonths(after, months) <= today ? after : addMonths(earliest.start, -months);
  }
  return { id, label: periodLabel(kind, start), kind, start, amounts: {}, volume: null };
}

/** "2025" for a year starting in January, "FY2025/26" for another fiscal year, "Q3 2025" for a quarter. */
export function periodLabel(kind: CostPeriod['kind'], start: string): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  if (kind === 'quarter') return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  return month === 1 ? String(year) : `FY${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The ISO day `months` after `day` (period starts are first days of months, so no day overflow). */
export function addMonths(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${day.slice(8, 10)}`;
}

export function addPeriod(costs: Costs, period: CostPeriod): Costs {
  return { ...costs, periods: [...costs.periods, period] };
}

export type PeriodPatch = Partial<Pick<CostPeriod, 'label' | 'start' | 'kind'>>;

export function updatePeriod(costs: Costs, id: string, patch: PeriodPatch): Costs {
  return { ...costs, periods: updateById(costs.periods, id, patch) };
}

export function removePeriod(costs: Costs, id: string): Costs {
  return { ...costs, periods: removeById(costs.periods, id) };
}

export function setCategoryNote(costs: Costs, category: CostCategoryId, note: string): Costs {
  const categoryNotes = { ...costs.categoryNotes };
  if (note === '') delete categoryNotes[category];
  else categoryNotes[category] = note;
  return { ...costs, categoryNotes };
}

export function setVolumeUnit(costs: Costs, volumeUnit: string): Costs {
  return { ...costs, volumeUnit };
}

export function setHorizon(costs: Costs, patch: Partial<Pick<Costs, 'horizonYears' | 'discountRate'>>): Costs {
  return { ...costs, ...patch };
}

/** The project-wide cost lists: one-time transition costs and the yearly cost of the retained organisation. */
export type CostLineList = 'transitionCosts' | 'retainedCosts';

export function addCostLine<L extends CostLineList>(costs: Costs, list: L, line: Costs[L][number]): Costs {
  return { ...costs, [list]: [...costs[list], line] };
}

export function updateCostLine<L extends CostLineList>(
  costs: Costs,
  list: L,
  id: string,
  patch: Partial<Omit<Costs[L][number], 'id'>>,
): Costs {
  return { ...costs, [list]: updateById<Costs[L][number]>(costs[list], id, patch) };
}

export function removeCostLine(costs: Costs, list: CostLineList, id: string): Costs {
  return { ...costs, [list]: removeById<{ id: string }>(costs[list], id) };
}

/**
 * Brings imported periods in: one with the same kind and first day as an existing period replaces that
 * period's figures (keeping its id and name); the others are added.
 */
export function mergePeriods(
  costs: Costs,
  imported: readonly CostPeriod[],
): { costs: Costs; replaced: number; added: number } {
  let replaced = 0;
  const periods = [...costs.periods];
  for (const period of imported) {
    const index = periods.findIndex((p) => p.kind === period.kind && p.start === period.start);
    const existing = periods[index];
    if (existing) {
      periods[index] = { ...existing, amounts: period.amounts, volume: period.volume };
      replaced += 1;
    } else periods.push(period);
  }
  return { costs: { ...costs, periods }, replaced, added: imported.length - replaced };
}
