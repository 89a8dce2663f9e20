import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  largestAmount,
  parseAmount,
  parseClipboardTable,
  parsePastedBlock,
  type NumberFormat,
} from '../../shared/domain/pasteParsing';

const pointDecimal: NumberFormat = { decimal: '.' };
const commaDecimal: NumberFormat = { decimal: ',' };
const nbsp = '\u00A0';
const narrowNbsp = '\u202F';

/** How spreadsheets put a cell on the clipboard: quoted when it holds a tab, line break or leading quote. */
const clipboardCell = (cell: string) =>
  /[\t\r\n]/.test(cell) || cell.startsWith('"') ? `"${cell.replaceAll('"', '""')}"` : cell;

/** Equal within 1e-9 relative. */
const close = (parsed: number | null, value: number) =>
  parsed !== null && Math.abs(parsed - value) <= 1e-9 * Math.abs(value);

describe('parseClipboardTable', () => {
  it.each([
    {
      source: 'Excel on Windows: CRLF rows and a trailing line break',
      text: 'Labour\tBenefits\r\n1,200.50\t300\r\n\t45\r\n',
      rows: [
        ['Labour', 'Benefits'],
        ['1,200.50', '300'],
        ['', '45'],
      ],
    },
    {
      source: 'Excel: a cell holding a line break is quoted, its quotes doubled',
      text: '"Rent\nand power"\t"12"" screens"\t3\r\n',
      rows: [['Rent\nand power', '12" screens', '3']],
    },
    {
      source: 'LibreOffice: LF rows, a quoted cell with a tab',
      text: '1 234,50\t"a\tb"\n(1.200)\t\n',
      rows: [
        ['1 234,50', 'a\tb'],
        ['(1.200)', ''],
      ],
    },
    {
      source: 'Google Sheets: no trailing line break',
      text: '$1,200.00\t$300.00\n$1.00\t$2.00',
      rows: [
        ['$1,200.00', '$300.00'],
        ['$1.00', '$2.00'],
      ],
    },
    {
      source: 'old Mac line ends',
      text: '1\r2\r',
      rows: [['1'], ['2']],
    },
    {
      source: 'blank rows inside the block stay so the rows below keep their place',
      text: '1\t2\r\n\r\n\t\r\n3\t4\r\n',
      rows: [['1', '2'], [''], ['', ''], ['3', '4']],
    },
    {
      source: 'only the one trailing line break is dropped',
      text: '1\n\n',
      rows: [['1'], ['']],
    },
    {
      source: 'a quote that opens no quoted cell is text',
      text: '"abc\tde"f\t"unclosed\n2',
      rows: [['"abc', 'de"f', '"unclosed'], ['2']],
    },
    { source: 'one cell', text: '1200', rows: [['1200']] },
    { source: 'nothing', text: '', rows: [] },
  ])('$source', ({ text, rows }) => {
    expect(parseClipboardTable(text)).toEqual(rows);
  });

  it('reads a 1,000-row block', () => {
    const text = Array.from({ length: 1000 }, (_, row) => `FY${row}\t${row},000.50\t\t(${row})`).join('\r\n') + '\r\n';
    const rows = parseClipboardTable(text);
    expect(rows).toHaveLength(1000);
    expect(rows[999]).toEqual(['FY999', '999,000.50', '', '(999)']);
    const block = parsePastedBlock(text, pointDecimal);
    expect(block[999]?.map((cell) => cell.result)).toEqual([
      { ok: false, reason: '“FY999” is not an amount' },
      { ok: true, value: 999_000.5 },
      { ok: true, value: null },
      { ok: true, value: -999 },
    ]);
  });

  const cellArb = fc.string({ unit: fc.constantFrom('a', '1', ',', ' ', '"', '\t', '\n', '\r', '€'), maxLength: 6 });

  it('reads back any block a spreadsheet writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\r\n', '\n'),
        fc.boolean(),
        (rows, lineBreak, trailing) => {
          // A last row of one empty cell is the trailing line break itself; spreadsheets never write it.
          fc.pre(!(trailing === false && rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === ''));
          const text =
            rows.map((row) => row.map(clipboardCell).join('\t')).join(lineBreak) + (trailing ? lineBreak : '');
          expect(parseClipboardTable(text)).toEqual(rows);
        },
      ),
    );
  });

  it('never throws, and the block mirrors the table', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const table = parseClipboardTable(text);
        expect(parsePastedBlock(text, pointDecimal).map((row) => row.map((cell) => cell.text))).toEqual(table);
      }),
    );
  });
});

describe('parseAmount', () => {
  it.each([
    ['', pointDecimal, null],
    ['   ', pointDecimal, null],
    ['1200', pointDecimal, 1200],
    ['1,200.00', pointDecimal, 1200],
    ['$1,200.00', pointDecimal, 1200],
    [' $1,200.00 ', pointDecimal, 1200], // Excel's accounting format pads with spaces
    ['(1,200)', pointDecimal, -1200],
    [' $(1,200.00) ', pointDecimal, -1200],
    ['($1,200.00)', pointDecimal, -1200],
    [' $-   ', pointDecimal, 0], // Excel's accounting zero
    ['-1,200.5', pointDecimal, -1200.5],
    ['\u22121200', pointDecimal, -1200], // Unicode minus
    ['-$1,200', pointDecimal, -1200],
    ['$-1,200', pointDecimal, -1200],
    ['+12', pointDecimal, 12],
    ['1.234,56', commaDecimal, 1234.56], // German
    ['1.234,56', pointDecimal, 1234.56], // both separators: the last one is the decimal
    ['1,234.56', commaDecimal, 1234.56],
    ['1.234.567', pointDecimal, 1_234_567], // repeated: thousands whatever the locale
    ['1.234.567,89 €', commaDecimal, 1_234_567.89],
    ['-1.234,50 €', commaDecimal, -1234.5],
    ['1.234,50-', commaDecimal, -1234.5], // trailing minus of accounting exports
    [`€ 1${nbsp}234,50`, commaDecimal, 1234.5],
    [`€ 1 234,50`, commaDecimal, 1234.5],
    [`1${narrowNbsp}234,50${nbsp}€`, commaDecimal, 1234.5], // French
    ["1'234.50", pointDecimal, 1234.5], // Swiss
    ['CHF 1’234.50', commaDecimal, 1234.5],
    ['USD 1,200', pointDecimal, 1200],
    ['1200 EUR', commaDecimal, 1200],
    ['eur 12,5', commaDecimal, 12.5],
    ['£12.99', pointDecimal, 12.99],
    ['¥1,200', pointDecimal, 1200],
    ['₹12,34,567.50', pointDecimal, 1_234_567.5], // Indian grouping
    ['US$ 5', pointDecimal, 5],
    ['R$ 1.234,56', commaDecimal, 1234.56],
    ['12 kr', commaDecimal, 12],
    ['1,234', pointDecimal, 1234], // one separator before three digits: the locale decides
    ['1,234', commaDecimal, 1.234],
    ['1.234', pointDecimal, 1.234],
    ['1.234', commaDecimal, 1234],
    ['1,5', pointDecimal, 1.5], // not three digits after: a decimal point whatever the locale
    ['1.50', commaDecimal, 1.5],
    ['0,125', pointDecimal, 0.125], // "0" cannot start a thousands group
    ['.5', pointDecimal, 0.5],
    ['1.2E+05', pointDecimal, 120_000], // Excel's scientific format
    ['1e13', pointDecimal, 1e13],
  ] as const)('%j (decimal %j) is %j', (text, format, value) => {
    expect(parseAmount(text, format)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', '“abc” is not an amount'],
    ['12abc', '“12abc” is not an amount'],
    ['1,2,3', '“1,2,3” is not an amount'],
    ['1 23', '“1 23” is not an amount'],
    ['#REF!', '“#REF!” is not an amount'],
    ['#DIV/0!', '“#DIV/0!” is not an amount'],
    ['N/A', '“N/A” is not an amount'],
    ['12%', '“12%” is not an amount'],
    ['$', '“$” is not an amount'],
    ['--1', '“--1” is not an amount'],
    ['1.234,56.7', '“1.234,56.7” is not an amount'],
    ['=SUM(A1:A3)', '“=SUM(A1:A3)” is not an amount'],
    ['This is a very long sentence pasted into a cell', '“This is a very long sent…” is not an amount'],
    ['20,000,000,000,000', '“20,000,000,000,000” is too large an amount'],
    ['-1e14', '“-1e14” is too large an amount'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseAmount(text, pointDecimal)).toEqual({ ok: false, reason });
  });

  const amountArb = fc
    .double({ min: -largestAmount, max: largestAmount, noNaN: true })
    .filter((value) => value === 0 || Math.abs(value) >= 1e-6);

  it.each([
    ['en-US', pointDecimal],
    ['de-DE', commaDecimal],
    ['fr-FR', commaDecimal],
    ['de-CH', pointDecimal],
    ['en-IN', pointDecimal],
  ] as const)('reads back any amount written by Intl.NumberFormat for %s', (locale, format) => {
    const formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    fc.assert(
      fc.property(amountArb, (value) => {
        const result = parseAmount(formatter.format(value), format);
        expect(result.ok && close(result.value, value)).toBe(true);
      }),
    );
  });

  it.each([
    ['en-US', 'USD', pointDecimal],
    ['de-DE', 'EUR', commaDecimal],
    ['en-GB', 'GBP', pointDecimal],
    ['ja-JP', 'JPY', pointDecimal],
    ['de-CH', 'CHF', pointDecimal],
  ] as const)(
    'reads back money written by Intl.NumberFormat for %s in %s, accounting negatives too',
    (locale, currency, format) => {
      const formatters = [
        new Intl.NumberFormat(locale, { style: 'currency', currency }),
        new Intl.NumberFormat(locale, { style: 'currency', currency, currencySign: 'accounting' }),
        new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }),
      ];
      const digits = formatters[0]?.resolvedOptions().maximumFractionDigits ?? 2;
      fc.assert(
        fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(...formatters), (units, formatter) => {
          const value = units / 10 ** digits;
          const result = parseAmount(formatter.format(value), format);
          expect(result.ok && close(result.value, value)).toBe(true);
        }),
      );
    },
  );

  const tricky = ['1', '0', '9', '.', ',', ' ', nbsp, "'", '’', '-', '\u2212', '(', ')', '$', '€', 'E', 'e', '+', 'a'];

  it('never throws; any value it gives is a finite amount within the limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.string({ unit: fc.constantFrom(...tricky), maxLength: 20 }),
        ),
        fc.constantFrom(pointDecimal, commaDecimal),
        (text, format) => {
          const result = parseAmount(text, format);
          if (result.ok) {
            expect(
              result.value === null || (Number.isFinite(result.value) && Math.abs(result.value) <= largestAmount),
            ).toBe(true);
          } else {
            expect(result.reason.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
