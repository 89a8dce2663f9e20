import type { Figure, Limit, Report } from './report';

/** The bench's report as tables a person reads: aligned text for the terminal, or Markdown for the docs. */

type Row = string[];

const withUnit = (value: number | undefined, unit: string) =>
  value === undefined ? '—' : unit === '×' ? `${value}×` : `${value} ${unit}`;

const limitText = (limit: Limit | undefined, unit: string) =>
  limit === undefined
    ? '—'
    : `${limit.strict ? '<' : '≤'} ${limit.of === 'ratio' ? `${limit.max}×` : withUnit(limit.max, unit)}`;

const passText = (figure: Figure) => (figure.pass === undefined ? '' : figure.pass ? 'pass' : 'FAIL');

const header: Row = ['figure', 'measured', 'floor', 'ratio', 'budget', 'pass'];

function figureRow(figure: Figure): Row {
  return [
    figure.name,
    withUnit(figure.measured, figure.unit),
    withUnit(figure.floor, figure.unit),
    figure.ratio === undefined ? '—' : `${figure.ratio}×`,
    limitText(figure.budget, figure.unit),
    passText(figure),
  ];
}

/** The order a reader follows: what a person feels in the browser, then the build, then the Node side. */
const sectionOrder = ['start', 'open', 'tabs', 'typing', 'heap', 'bundle', 'persistence', 'domain', 'briefing'];
const rank = (figure: Figure) => {
  const at = sectionOrder.indexOf(figure.section);
  return at === -1 ? sectionOrder.length : at;
};

/** The report's figures, section by section in reading order (a section's own figures in the order it gave). */
export function inReadingOrder(report: Report): Figure[] {
  return report.figures.toSorted((a, b) => rank(a) - rank(b));
}

/** Every figure of the report, section by section. */
export function reportRows(report: Report): Row[] {
  return [header, ...inReadingOrder(report).map(figureRow)];
}

/** The figures of the latest report with each value over the given runs ("a / b / c"), and how often it passed. */
export function spreadRows(reports: readonly Report[]): Row[] {
  const latest = reports.at(-1);
  if (!latest) return [];
  return [
    ['figure', `measured (${reports.length} runs)`, 'floor', 'ratio', 'budget', 'passed'],
    ...inReadingOrder(latest).map((figure) => {
      const inRuns = reports.map((report) => report.figures.find((f) => f.name === figure.name));
      const values = (pick: (f: Figure) => number | undefined, unit: string) => {
        const picked = inRuns.map((f) => (f ? pick(f) : undefined));
        if (picked.every((value) => value === undefined)) return '—';
        return `${picked.map((value) => value ?? '—').join(' / ')}${unit === '×' ? '×' : ` ${unit}`}`;
      };
      return [
        figure.name,
        values((f) => f.measured, figure.unit),
        values((f) => f.floor, figure.unit),
        values((f) => f.ratio, '×'),
        limitText(figure.budget, figure.unit),
        figure.budget ? `${inRuns.filter((f) => f?.pass).length}/${reports.length}` : '',
      ];
    }),
  ];
}

/** Rows as columns aligned with spaces. */
export function asText(rows: readonly Row[]): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Rows as a Markdown table (the first row is the header). */
export function asMarkdown(rows: readonly Row[]): string {
  const [head, ...body] = rows;
  if (!head) return '';
  const line = (row: Row) => `| ${row.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}
