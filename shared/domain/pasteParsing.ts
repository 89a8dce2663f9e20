/**
 * Blocks pasted from a spreadsheet and amounts typed the way people write them: what Excel, LibreOffice and
 * Google Sheets put on the clipboard, with thousands separators, currency signs and accounting negatives.
 */

export interface NumberFormat {
  /** The decimal separator of the user's locale: decides "1.234" and "1,234" when nothing else does. */
  decimal: '.' | ',';
}

export type AmountResult = { ok: true; value: number | null } | { ok: false; reason: string };

export interface PastedCell {
  text: string;
  result: AmountResult;
}

/** Amounts beyond this are refused, as the project model refuses them. */
export const largestAmount = 1e13;

const isLineBreak = (char: string | undefined) => char === '\n' || char === '\r';

/** A cell quoted the way spreadsheets quote one holding a tab, line break or quote; null when it is not one. */
function readQuotedCell(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return null;
    value += text.slice(from, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      from = quote + 2;
      continue;
    }
    const end = quote + 1;
    return end === text.length || text[end] === '\t' || isLineBreak(text[end]) ? { value, end } : null;
  }
}

function readPlainCell(text: string, start: number): { value: string; end: number } {
  let end = start;
  while (end < text.length && text[end] !== '\t' && !isLineBreak(text[end])) end++;
  return { value: text.slice(start, end), end };
}

/**
 * Rows of cells from tab-separated clipboard text. Rows end at \r\n, \n or \r; a quoted cell may hold tabs, line
 * breaks and doubled quotes; a quote that does not close a cell is kept as text. One trailing line break ends the
 * last row rather than starting an empty one; blank rows inside the block stay, so positions line up.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  if (text.length === 0) return rows;
  let row: string[] = [];
  let at = 0;
  for (;;) {
    const cell = (text[at] === '"' && readQuotedCell(text, at)) || readPlainCell(text, at);
    row.push(cell.value);
    at = cell.end;
    if (at >= text.length) break;
    if (text[at] === '\t') {
      at++;
      continue;
    }
    at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (at >= text.length) return rows;
  }
  rows.push(row);
  return rows;
}

// Spaces a locale groups thousands with (space, no-break, narrow no-break, thin, figure) and apostrophes (Swiss).
const groupingMarks = " \u00A0\u202F\u2009\u2007'\u2019";
const minusSigns = '-\u2212\u2013';
const notPartOfCurrency = `\\d\\s().,+\\-\u2212\u2013'\u2019`;
const currencyAtStart = new RegExp(`^[^${notPartOfCurrency}]+\\.?`, 'u');
const currencyAtEnd = new RegExp(`[^${notPartOfCurrency}]+\\.?$`, 'u');
const localCurrencyWords = new Set(['kr', 'kr.', 'zł', 'fr.', 'sfr.', 'rs', 'rs.', 'kč', 'ft', 'lei']);

let isoCodes: ReadonlySet<string> | null = null;
/** ISO 4217 codes the runtime knows (any three letters where it cannot list them). */
function isIsoCurrencyCode(word: string): boolean {
  if (!/^[A-Za-z]{3}$/.test(word)) return false;
  if (typeof Intl.supportedValuesOf !== 'function') return true;
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCodes.has(word.toUpperCase());
}

function isCurrency(word: string): boolean {
  return /^[A-Za-z]{0,3}\p{Sc}$/u.test(word) || isIsoCurrencyCode(word) || localCurrencyWords.has(word.toLowerCase());
}

/** The number left once the sign, parentheses and currency around it are taken off. */
function peel(text: string): { core: string; negative: boolean; dashOnly: boolean } | null {
  let rest = text.trim();
  let signed = false;
  let bracketed = false;
  let withCurrency = false;
  let negative = false;
  for (let changed = true; changed && rest.length > 0;) {
    changed = true;
    const first = rest[0] ?? '';
    const last = rest.at(-1) ?? '';
    const currencyFirst = currencyAtStart.exec(rest)?.[0];
    const currencyLast = currencyAtEnd.exec(rest)?.[0];
    if (!bracketed && !signed && first === '(' && last === ')') {
      bracketed = true;
      negative = true;
      rest = rest.slice(1, -1);
    } else if (!signed && !bracketed && (minusSigns.includes(first) || first === '+')) {
      signed = true;
      negative = first !== '+';
      rest = rest.slice(1);
    } else if (!signed && !bracketed && minusSigns.includes(last)) {
      // "1.234,00-": the trailing minus of accounting exports.
      signed = true;
      negative = true;
      rest = rest.slice(0, -1);
    } else if (!withCurrency && currencyFirst !== undefined && isCurrency(currencyFirst)) {
      withCurrency = true;
      rest = rest.slice(currencyFirst.length);
    } else if (!withCurrency && currencyLast !== undefined && isCurrency(currencyLast)) {
      withCurrency = true;
      rest = rest.slice(0, -currencyLast.length);
    } else {
      changed = false;
    }
    rest = rest.trim();
  }
  if (rest.length === 0) return signed && !bracketed ? { core: '', negative: false, dashOnly: true } : null;
  return { core: rest, negative, dashOnly: false };
}

const digitsOnly = /^\d*$/;

/** Thousands groups: 1–3 digits first, three last, and twos or threes between (Indian grouping is 12,34,567). */
function validGroups(groups: readonly string[]): boolean {
  return groups.every((group, index) => {
    if (!/^\d+$/.test(group)) return false;
    if (index === 0) return group.length <= 3;
    if (index === groups.length - 1) return group.length === 3;
    return group.length === 2 || group.length === 3;
  });
}

function decimalSeparatorOf(core: string, format: NumberFormat): string | null {
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) return lastDot > lastComma ? '.' : ',';
  const separator = lastDot !== -1 ? '.' : lastComma !== -1 ? ',' : null;
  if (separator === null) return null;
  if (core.indexOf(separator) !== core.lastIndexOf(separator)) return null;
  const [before = '', after = ''] = core.split(separator);
  // "1,234" could be either: the user's locale decides. A leading "0" or nothing before it can only be a decimal.
  const ambiguous = /^\d{3}$/.test(after) && /\d/.test(before) && !/^[0\s]*$/.test(before);
  return ambiguous && separator !== format.decimal ? null : separator;
}

/** The value of a bare number ("1.234,56", "1 234.5", "1.2E+05"); null when it is not one. */
function numberOf(core: string, format: NumberFormat): number | null {
  const scientific = /^(\d+)(?:[.,](\d+))?[eE]([+-]?\d{1,3})$/.exec(core);
  if (scientific) return Number(`${scientific[1]}.${scientific[2] ?? '0'}e${scientific[3]}`);
  if (!/\d/.test(core)) return null;
  const decimal = decimalSeparatorOf(core, format);
  const [integerPart = '', fraction = '', ...extra] = decimal === null ? [core] : core.split(decimal);
  if (extra.length > 0 || !digitsOnly.test(fraction)) return null;
  const groups = integerPart.split(new RegExp(`[.,${groupingMarks}]`));
  if (groups.length > 1 ? !validGroups(groups) : !digitsOnly.test(integerPart)) return null;
  return Number(`${groups.join('') || '0'}.${fraction || '0'}`);
}

function quoted(text: string): string {
  const shown = text.trim();
  return `“${shown.length > 24 ? `${shown.slice(0, 24)}…` : shown}”`;
}

/**
 * An amount as a user types or pastes it: null for an empty cell; thousands separators, a currency sign or code
 * on either side, "(1,200)" or a minus for negatives, and "-" alone for zero (Excel's accounting format).
 */
export function parseAmount(text: string, format: NumberFormat): AmountResult {
  if (text.trim().length === 0) return { ok: true, value: null };
  const notAnAmount = { ok: false, reason: `${quoted(text)} is not an amount` } as const;
  if (text.length > 200) return notAnAmount;
  const peeled = peel(text);
  if (peeled === null) return notAnAmount;
  if (peeled.dashOnly) return { ok: true, value: 0 };
  const magnitude = numberOf(peeled.core, format);
  if (magnitude === null || !Number.isFinite(magnitude)) return notAnAmount;
  if (magnitude > largestAmount) return { ok: false, reason: `${quoted(text)} is too large an amount` };
  return { ok: true, value: peeled.negative ? -magnitude : magnitude };
}

/** A pasted block, each cell with its parsed amount or the reason it is not one. */
export function parsePastedBlock(text: string, format: NumberFormat): PastedCell[][] {
  return parseClipboardTable(text).map((row) => row.map((cell) => ({ text: cell, result: parseAmount(cell, format) })));
}
