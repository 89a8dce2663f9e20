import { escapeMarkup } from './markup';
import type { ChartSpec } from './model';

/**
 * The briefing's charts as inline SVG strings: pure, no scripts, no external fonts or images, sized by a
 * viewBox so they scale to the page. Each is an image with its description as `<title>`; every text in it
 * is escaped, and colours come with dash patterns so a grey print still tells the lines apart.
 */

type Bars = Extract<ChartSpec, { type: 'bars' }>;
type Lines = Extract<ChartSpec, { type: 'lines' }>;
type Matrix = Extract<ChartSpec, { type: 'matrix' }>;

const width = 640;
const font = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';
const ink = '#1f2937';
const muted = '#6b7280';
const grid = '#e5e7eb';
const accent = '#1f5fa8';
const quiet = '#9fb4cc';
const palette = ['#1f5fa8', '#c2571a', '#2e7d4f', '#7b3fa0', '#9a3412', '#4b5563'];
const dashes = ['', '7 4', '2 3', '9 3 2 3', '4 2', '1 2'];
const severity = ['#e6f4ea', '#fdf6d8', '#fde2c4', '#f9c6ad', '#f2a38a'];

/** A coordinate with one decimal; anything not finite is drawn at 0 rather than written as NaN. */
const at = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0');

/** A label cut to `max` characters, so a long name cannot push the chart off the page. */
function clip(content: string, max: number): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function frame(height: number, alt: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${at(height)}" role="img" ${font} font-size="12"><title>${escapeMarkup(alt)}</title>${body}</svg>`;
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${at(x)}" y="${at(y)}"${attrs ? ` ${attrs}` : ''}>${escapeMarkup(content)}</text>`;
}

/** A range that always has some width, so a scale never divides by zero. */
function domain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  return low === high ? [low - 1, high + 1] : [low, high];
}

function barsSvg(chart: Bars, alt: string): string {
  const labelWidth = 190;
  const valueWidth = 96;
  const row = 24;
  const top = 6;
  const left = labelWidth + 8;
  const span = width - left - valueWidth - 8;
  const base = chart.baseline ?? 0;
  const [low, high] = domain([base, ...chart.items.map((item) => item.value)]);
  const x = (value: number) => left + ((value - low) / (high - low)) * span;
  const body = chart.items
    .map((item, index) => {
      const y = top + index * row;
      const from = Math.min(x(base), x(item.value));
      const length = Math.abs(x(item.value) - x(base));
      const colour = item.highlight ? accent : quiet;
      return [
        text(
          labelWidth,
          y + 15,
          clip(item.label, 30),
          `text-anchor="end" fill="${ink}"${item.highlight ? ' font-weight="700"' : ''}`,
        ),
        `<rect x="${at(from)}" y="${at(y + 4)}" width="${at(Math.max(length, 1))}" height="16" rx="2" fill="${colour}"/>`,
        text(Math.max(x(item.value), x(base)) + 6, y + 15, item.display, `fill="${ink}"`),
      ].join('');
    })
    .join('');
  const height = top * 2 + chart.items.length * row;
  const axis = `<line x1="${at(x(base))}" y1="${at(top)}" x2="${at(x(base))}" y2="${at(height - top)}" stroke="${muted}" stroke-width="1"/>`;
  return frame(height, alt, body + axis);
}

/** Round steps (1, 2 or 5 × 10ⁿ) for an axis over [low, high]. */
function ticks(low: number, high: number, count = 4): number[] {
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? raw;
  const first = Math.ceil(low / step) * step;
  const values: number[] = [];
  for (let value = first; value <= high + step * 1e-9; value += step)
    values.push(Math.abs(value) < step * 1e-9 ? 0 : value);
  return values;
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

function linesSvg(chart: Lines, alt: string): string {
  const left = 64;
  const right = 16;
  const top = 10;
  const plotHeight = 200;
  const legendRow = 20;
  const all = chart.series.flatMap((series) => series.values);
  const [low, high] = domain(chart.reference === undefined ? all : [...all, chart.reference]);
  const steps = Math.max(chart.xLabels.length - 1, 1);
  const x = (index: number) => left + (index / steps) * (width - left - right);
  const y = (value: number) => top + plotHeight - ((value - low) / (high - low)) * plotHeight;
  const yTicks = ticks(low, high)
    .map(
      (value) =>
        `<line x1="${left}" y1="${at(y(value))}" x2="${width - right}" y2="${at(y(value))}" stroke="${grid}"/>` +
        text(left - 6, y(value) + 4, compact.format(value), `text-anchor="end" fill="${muted}" font-size="11"`),
    )
    .join('');
  const xTicks = chart.xLabels
    .map((label, index) =>
      text(x(index), top + plotHeight + 16, clip(label, 12), `text-anchor="middle" fill="${muted}" font-size="11"`),
    )
    .join('');
  const reference =
    chart.reference === undefined
      ? ''
      : `<line x1="${left}" y1="${at(y(chart.reference))}" x2="${width - right}" y2="${at(y(chart.reference))}" stroke="${ink}" stroke-dasharray="5 4" stroke-width="1"/>`;
  const lines = chart.series
    .map((series, s) => {
      const colour = palette[s % palette.length] ?? accent;
      const dash = dashes[s % dashes.length] ?? '';
      const points = series.values.map((value, index) => `${at(x(index))},${at(y(value))}`).join(' ');
      const dots = series.values
        .map((value, index) => `<circle cx="${at(x(index))}" cy="${at(y(value))}" r="3" fill="${colour}"/>`)
        .join('');
      return `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>${dots}`;
    })
    .join('');
  const legendTop = top + plotHeight + 30;
  const legend = chart.series
    .map((series, s) => {
      const colour = palette[s % palette.length] ?? accent;
      const dash = dashes[s % dashes.length] ?? '';
      const column = s % 2;
      const rowY = legendTop + Math.floor(s / 2) * legendRow;
      const lx = left + column * 280;
      return (
        `<line x1="${lx}" y1="${at(rowY)}" x2="${lx + 28}" y2="${at(rowY)}" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
        text(lx + 34, rowY + 4, clip(series.name, 36), `fill="${ink}"`)
      );
    })
    .join('');
  const height = legendTop + Math.ceil(chart.series.length / 2) * legendRow;
  return frame(height, alt, yTicks + reference + lines + xTicks + legend);
}

function matrixSvg(chart: Matrix, alt: string): string {
  const labelWidth = 130;
  const cellWidth = Math.min(150, (width - labelWidth - 10) / Math.max(chart.columns.length, 1));
  const cellHeight = 52;
  const top = 4;
  const rowsCount = chart.rows.length;
  const cells = chart.rows
    .map((row, r) => {
      const y = top + r * cellHeight;
      const label = text(labelWidth - 8, y + cellHeight / 2 + 4, clip(row, 20), `text-anchor="end" fill="${ink}"`);
      const boxes = chart.columns
        .map((_, c) => {
          const count = chart.cells[r]?.[c] ?? 0;
          const x = labelWidth + c * cellWidth;
          // Rows run from high impact down, columns from low likelihood up: the top right is the most severe.
          const level = Math.min(severity.length - 1, rowsCount - 1 - r + c);
          return (
            `<rect x="${at(x)}" y="${at(y)}" width="${at(cellWidth - 2)}" height="${cellHeight - 2}" fill="${severity[level] ?? severity[0]}" stroke="#ffffff"/>` +
            text(
              x + cellWidth / 2 - 1,
              y + cellHeight / 2 + 6,
              String(count),
              `text-anchor="middle" font-size="18" ${count === 0 ? `fill="${muted}"` : `fill="${ink}" font-weight="700"`}`,
            )
          );
        })
        .join('');
      return label + boxes;
    })
    .join('');
  const columnsY = top + rowsCount * cellHeight + 16;
  const columnLabels = chart.columns
    .map((column, c) =>
      text(
        labelWidth + c * cellWidth + cellWidth / 2 - 1,
        columnsY,
        clip(column, 22),
        `text-anchor="middle" fill="${ink}"`,
      ),
    )
    .join('');
  return frame(columnsY + 10, alt, cells + columnLabels);
}

/** The chart as an inline SVG image described by `alt`. */
export function chartSvg(chart: ChartSpec, alt: string): string {
  switch (chart.type) {
    case 'bars':
      return barsSvg(chart, alt);
    case 'lines':
      return linesSvg(chart, alt);
    case 'matrix':
      return matrixSvg(chart, alt);
  }
}
