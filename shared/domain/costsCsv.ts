import Papa from 'papaparse';
import { newId } from '../ids';
import { costCategoryIds, costCategoryLabels, type CostCategoryId } from '../model/costCategories';
import type { CostPeriod } from '../model/costs';
import type { Project } from '../model/project';
import { parseAmount, type NumberFormat } from './pasteParsing';
import { toCsv } from './textExport';

/**
 * Cost history as CSV: written for any spreadsheet, read back from what this module writes and from what people
 * make of it in Excel (another column order, labels or ids, `;` as European Excel writes, dates re-typed).
 */

export interface CostsCsvRow {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  accepted: boolean;
  /** Why the row was refused; empty when accepted. */
  reason: string;
}

export interface CostsImport {
  periods: CostPeriod[];
  rows: CostsCsvRow[];
}

const maxPeriods = 200;
const maxLabelLength = 100;
const header = ['Period', 'Kind', 'Start', ...costCategoryIds.map((id) => costCategoryLabels[id]), 'Volume'];

const byStart = (a: CostPeriod, b: CostPeriod) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/** One row per period in start order; amounts as plain numbers ("1234.5"), empty where not entered. */
export function costsToCsv(project: Project): string {
  const rows = project.costs.periods
    .toSorted(byStart)
    .map((period) => [
      period.label,
      period.kind,
      period.start,
      ...costCategoryIds.map((id) => String(period.amounts[id] ?? '')),
      period.volume === null ? '' : String(period.volume),
    ]);
  return toCsv(header, rows);
}

type Column = 'label' | 'kind' | 'start' | 'volume' | CostCategoryId;

const normalised = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const columnNames = new Map<string, Column>([
  ['period', 'label'],
  ['label', 'label'],
  ['name', 'label'],
  ['kind', 'kind'],
  ['type', 'kind'],
  ['start', 'start'],
  ['startdate', 'start'],
  ['from', 'start'],
  ['volume', 'volume'],
  ['units', 'volume'],
  ['labor', 'labour'],
  ...costCategoryIds.flatMap((id): Array<[string, Column]> => [
    [normalised(id), id],
    [normalised(costCategoryLabels[id]), id],
  ]),
]);

const formulaGuard = /^'(?=[=+\-@\t\r])/;
/** A cell as typed: the apostrophe `toCsv` puts before formula-like text removed, spaces trimmed. */
const cellText = (row: readonly string[], index: number | undefined) =>
  index === undefined ? '' : (row[index] ?? '').replace(formulaGuard, '').trim();

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1000 ? date.toISOString().slice(0, 10) : null;
}

/**
 * A start date as written or as a spreadsheet re-typed it: 2024-01-01, 2024-01, 2024, 01.04.2024 (day first), or
 * 4/1/2024 and 1/4/2024 — periods start on the 1st, so that reading wins when only one reading gives it.
 */
function startDate(text: string): string | null {
  const iso = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1));
  if (/^\d{4}$/.test(text)) return isoDate(Number(text), 1, 1);
  const dayFirst = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!slashed) return null;
  const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  const monthFirst = isoDate(year, first, second);
  const dayFirstReading = isoDate(year, second, first);
  if (monthFirst === dayFirstReading || dayFirstReading === null) return monthFirst;
  if (monthFirst === null) return dayFirstReading;
  if (second === 1 && first !== 1) return monthFirst;
  if (first === 1 && second !== 1) return dayFirstReading;
  return null;
}

/** What a label like "FY2024", "Q2 2024" or "2024-Q2" says about the period's kind and start. */
function fromLabel(label: string): { kind: CostPeriod['kind']; start: string | null } {
  const quarter = /(?<![a-z])q([1-4])(?!\d)/i.exec(label);
  const fullYear = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(label)?.[1];
  const fiscalYear = /fy\s?'?(\d{2})(?!\d)/i.exec(label)?.[1];
  const year = fullYear !== undefined ? Number(fullYear) : fiscalYear !== undefined ? 2000 + Number(fiscalYear) : null;
  if (quarter || /quarter/i.test(label)) {
    const month = quarter ? (Number(quarter[1]) - 1) * 3 + 1 : null;
    return { kind: 'quarter', start: year !== null && month !== null ? isoDate(year, month, 1) : null };
  }
  return { kind: 'year', start: year !== null ? isoDate(year, 1, 1) : null };
}

function kindOf(text: string): CostPeriod['kind'] | null {
  const word = normalised(text);
  if (['year', 'yearly', 'annual', 'fy'].includes(word)) return 'year';
  if (['quarter', 'quarterly', 'q'].includes(word)) return 'quarter';
  return null;
}

function detectDelimiter(firstLine: string): string {
  const counts = [';', '\t', ','].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length }));
  const most = counts.reduce((best, next) => (next.count > best.count ? next : best));
  return most.count > 1 ? most.delimiter : ',';
}

type RowOutcome = { period: CostPeriod } | { reason: string };

function readRow(row: readonly string[], columns: ReadonlyMap<Column, number>, format: NumberFormat): RowOutcome {
  const cell = (column: Column) => cellText(row, columns.get(column));
  const label = cell('label');
  if (label.length === 0) return { reason: 'The period has no name.' };
  if (label.length > maxLabelLength) return { reason: `The period name is longer than ${maxLabelLength} characters.` };
  const fromName = fromLabel(label);

  const kindText = cell('kind');
  const kind = kindText === '' ? fromName.kind : kindOf(kindText);
  if (kind === null) return { reason: `Kind “${kindText}” is neither year nor quarter.` };

  const startText = cell('start');
  const start = startText === '' ? fromName.start : startDate(startText);
  if (start === null) {
    return {
      reason:
        startText === ''
          ? 'No start date: add one such as 2024-01-01.'
          : `Start “${startText}” is not a date: write it as 2024-01-01.`,
    };
  }

  const amounts: CostPeriod['amounts'] = {};
  const problems: string[] = [];
  for (const categoryId of costCategoryIds) {
    const result = parseAmount(cell(categoryId), format);
    if (!result.ok) problems.push(`${costCategoryLabels[categoryId]}: ${result.reason}.`);
    else if (result.value !== null) amounts[categoryId] = result.value;
  }
  const volumeResult = parseAmount(cell('volume'), format);
  if (!volumeResult.ok) problems.push(`Volume: ${volumeResult.reason}.`);
  else if (volumeResult.value !== null && volumeResult.value < 0) problems.push('Volume: it cannot be negative.');
  if (problems.length > 0) return { reason: problems.join(' ') };

  const volume = volumeResult.ok ? volumeResult.value : null;
  return { period: { id: newId(), label, kind, start, amounts, volume } };
}

/**
 * Periods from a costs CSV, each row accepted or refused with its reason. A `,`-separated file writes decimals
 * with a point (a decimal comma would split the cell), so only files separated otherwise use `format`.
 */
export function costsFromCsv(text: string, format: NumberFormat): CostsImport {
  let body = text.replace(/^\uFEFF/, '');
  let firstLineNumber = 1;
  // Excel's hint line: "sep=;".
  const hint = /^sep=(.)\r?\n?/i.exec(body);
  if (hint) {
    body = body.slice(hint[0].length);
    firstLineNumber = 2;
  }
  const delimiter = hint?.[1] ?? detectDelimiter(body.split(/\r\n|\r|\n/, 1)[0] ?? '');
  const amountFormat: NumberFormat = delimiter === ',' ? { decimal: '.' } : format;

  const records: Array<{ line: number; cells: string[]; broken: boolean }> = [];
  let line = firstLineNumber;
  let previousEnd = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result) => {
      records.push({ line, cells: result.data, broken: result.errors.length > 0 });
      line += body.slice(previousEnd, result.meta.cursor).match(/\r\n|\r|\n/g)?.length ?? 0;
      previousEnd = result.meta.cursor;
    },
  });

  const [headerRecord, ...dataRecords] = records;
  const columns = new Map<Column, number>();
  headerRecord?.cells.forEach((name, index) => {
    const column = columnNames.get(normalised(name));
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  if (!columns.has('label') || !costCategoryIds.some((id) => columns.has(id))) {
    return {
      periods: [],
      rows: [
        {
          line: headerRecord?.line ?? firstLineNumber,
          accepted: false,
          reason: `The first line must name the columns: ${header.join(', ')}.`,
        },
      ],
    };
  }

  const periods: CostPeriod[] = [];
  const linesByPeriod = new Map<string, number>();
  const rows: CostsCsvRow[] = [];
  for (const record of dataRecords) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    const outcome: RowOutcome = record.broken
      ? { reason: 'A quoted cell is not closed.' }
      : readRow(record.cells, columns, amountFormat);
    if ('reason' in outcome) {
      rows.push({ line: record.line, accepted: false, reason: outcome.reason });
      continue;
    }
    const key = `${outcome.period.kind} ${outcome.period.start}`;
    const sameAs = linesByPeriod.get(key);
    if (sameAs !== undefined) {
      rows.push({ line: record.line, accepted: false, reason: `The same period as line ${sameAs}.` });
    } else if (periods.length >= maxPeriods) {
      rows.push({ line: record.line, accepted: false, reason: `A project keeps at most ${maxPeriods} periods.` });
    } else {
      linesByPeriod.set(key, record.line);
      periods.push(outcome.period);
      rows.push({ line: record.line, accepted: true, reason: '' });
    }
  }
  return { periods, rows };
}
