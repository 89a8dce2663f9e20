import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  mergePeriods,
  nextPeriod,
  periodLabel,
  setCostCells,
  type CostRow,
} from '../../shared/domain/costEdits';
import { costCategoryIds } from '../../shared/model/costCategories';
import type { CostPeriod } from '../../shared/model/costs';
import { createProject } from '../../shared/model/project';

const costs = createProject({ name: 'P', functionTemplate: 'customer-service' }).costs;
const year = (start: string, amounts: CostPeriod['amounts'] = {}, volume: number | null = null): CostPeriod => ({
  id: `y-${start}`,
  label: start.slice(0, 4),
  kind: 'year',
  start,
  amounts,
  volume,
});
const now = new Date(2026, 11, 1); // 1 December 2026

describe('adding a period', () => {
  it('starts with the last finished calendar year or quarter', () => {
    expect(nextPeriod([], 'year', 'a', now)).toMatchObject({ start: '2025-01-01', label: '2025' });
    expect(nextPeriod([], 'quarter', 'a', now)).toMatchObject({ start: '2026-07-01', label: 'Q3 2026' });
  });

  it('goes back in time while the period after the latest has not ended', () => {
    const periods = [year('2025-01-01')];
    expect(nextPeriod(periods, 'year', 'b', now).start).toBe('2024-01-01');
    expect(nextPeriod([year('2023-01-01'), ...periods], 'year', 'b', now).start).toBe('2022-01-01');
  });

  it('adds the year after the latest once that year is over', () => {
    expect(nextPeriod([year('2024-01-01')], 'year', 'b', now).start).toBe('2025-01-01');
    expect(nextPeriod([year('2025-01-01')], 'year', 'b', new Date(2027, 0, 1)).start).toBe('2026-01-01');
  });

  it('names fiscal years that do not start in January and quarters by their first month', () => {
    expect(periodLabel('year', '2025-04-01')).toBe('FY2025/26');
    expect(periodLabel('year', '2099-07-01')).toBe('FY2099/00');
    expect(periodLabel('quarter', '2025-10-01')).toBe('Q4 2025');
  });

  it('adds months across year ends in both directions', () => {
    expect(addMonths('2025-11-01', 3)).toBe('2026-02-01');
    expect(addMonths('2025-02-01', -3)).toBe('2024-11-01');
    expect(addMonths('2025-01-01', -12)).toBe('2024-01-01');
  });
});

describe('setting cells of the cost grid', () => {
  const periods = [year('2024-01-01', { labour: 100 }, 10), year('2025-01-01')];
  const base = { ...costs, periods };

  it('sets and clears amounts and volumes, leaving other periods as they were', () => {
    const next = setCostCells(base, [
      { periodId: 'y-2024-01-01', row: 'labour', value: null },
      { periodId: 'y-2024-01-01', row: 'other', value: -5 },
      { periodId: 'y-2025-01-01', row: 'volume', value: 12 },
    ]);
    expect(next.periods[0]).toMatchObject({ amounts: { other: -5 }, volume: 10 });
    expect('labour' in (next.periods[0]?.amounts ?? {})).toBe(false);
    expect(next.periods[1]).toMatchObject({ amounts: {}, volume: 12 });
  });

  it('returns the same object when nothing changes, so no empty undo step is recorded', () => {
    expect(setCostCells(base, [])).toBe(base);
    expect(setCostCells(base, [{ periodId: 'y-2024-01-01', row: 'labour', value: 100 }])).toBe(base);
    expect(setCostCells(base, [{ periodId: 'unknown', row: 'labour', value: 1 }])).toBe(base);
  });

  it('never stores a negative volume', () => {
    const next = setCostCells(base, [{ periodId: 'y-2025-01-01', row: 'volume', value: -3 }]);
    expect(next.periods[1]?.volume).toBe(0);
  });

  it('holds exactly what was set, whatever the order of the cells (property)', () => {
    const rows: CostRow[] = [...costCategoryIds, 'volume'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            periodId: fc.constantFrom('y-2024-01-01', 'y-2025-01-01'),
            row: fc.constantFrom(...rows),
            value: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
          }),
        ),
        (cells) => {
          const next = setCostCells(base, cells);
          const last = new Map(cells.map((cell) => [`${cell.periodId}:${cell.row}`, cell.value]));
          for (const [key, value] of last) {
            const [periodId, row] = key.split(':') as [string, CostRow];
            const period = next.periods.find((p) => p.id === periodId);
            const stored = row === 'volume' ? period?.volume : (period?.amounts[row] ?? null);
            expect(stored).toBe(value);
          }
        },
      ),
    );
  });
});

describe('merging imported periods', () => {
  it('replaces the figures of a period with the same kind and first day, and adds the rest', () => {
    const base = { ...costs, periods: [year('2024-01-01', { labour: 1 })] };
    const imported = [
      { ...year('2024-01-01', { labour: 2 }, 7), id: 'new-1', label: 'Imported 2024' },
      { ...year('2025-01-01', { labour: 3 }), id: 'new-2' },
    ];
    const { costs: merged, replaced, added } = mergePeriods(base, imported);
    expect({ replaced, added }).toEqual({ replaced: 1, added: 1 });
    expect(merged.periods).toEqual([
      { ...year('2024-01-01', { labour: 2 }, 7) },
      { ...year('2025-01-01', { labour: 3 }), id: 'new-2' },
    ]);
  });
});
