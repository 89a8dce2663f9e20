import type { ChartSpec } from './model';

/** A chart's data as a table, for the formats that cannot draw it (Markdown, Word) and for screen readers. */
export interface ChartTable {
  header: string[];
  rows: string[][];
}

const compact = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function chartTable(chart: ChartSpec): ChartTable {
  switch (chart.type) {
    case 'bars':
      return { header: ['Item', 'Value'], rows: chart.items.map((item) => [item.label, item.display]) };
    case 'lines':
      return {
        header: ['', ...chart.xLabels],
        rows: chart.series.map((series) => [series.name, ...series.values.map((value) => compact.format(value))]),
      };
    case 'matrix':
      return {
        header: ['', ...chart.columns],
        rows: chart.rows.map((row, r) => [row, ...chart.columns.map((_, c) => String(chart.cells[r]?.[c] ?? 0))]),
      };
  }
}
