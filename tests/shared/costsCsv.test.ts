import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costsFromCsv, costsToCsv } from '../../shared/domain/costsCsv';
import type { NumberFormat } from '../../shared/domain/pasteParsing';
import { costCategoryIds } from '../../shared/model/costCategories';
import { CostPeriodSchema, type CostPeriod } from '../../shared/model/costs';
import { amountsArb, period, periodStarts, projectWithCosts } from './support/costProjects';

const pointDecimal: NumberFormat = { decimal: '.' };
const commaDecimal: NumberFormat = { decimal: ',' };
const header =
  'Period,Kind,Start,Labour,Benefits,Facilities,Technology,Management overhead,Hiring & attrition,Errors & rework,Other,Volume';

/** A period as the import gives it, without the id it makes up. */
const withoutId = ({ id: _id, ...rest }: CostPeriod) => rest;

describe('costsToCsv', () => {
  it('writes one row per period in start order, empty where nothing is entered', () => {
    const project = projectWithCosts({
      periods: [
        period('FY2024', '2024-01-01', { labour: 120_000.5, other: 0 }, { volume: 10_000 }),
        period('FY2023', '2023-01-01', { technology: 20_000 }),
      ],
    });
    expect(costsToCsv(project)).toBe(
      [header, 'FY2023,year,2023-01-01,,,,20000,,,,,', 'FY2024,year,2024-01-01,120000.5,,,,,,,0,10000', ''].join(
        '\r\n',
      ),
    );
  });

  it('neutralises cells a spreadsheet would run as a formula, and reads them back as they were', () => {
    const project = projectWithCosts({
      periods: [period('=HYPERLINK("http://x","FY")', '2024-01-01', { 'errors-rework': -500 })],
    });
    const csv = costsToCsv(project);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""FY"")"');
    // A plain negative number is no formula: it stays a number a spreadsheet can add up.
    expect(csv).toContain(',-500,');
    expect(costsFromCsv(csv, pointDecimal).periods.map(withoutId)).toEqual(project.costs.periods.map(withoutId));
  });

  it('writes only the header without periods', () => {
    expect(costsToCsv(projectWithCosts({}))).toBe(`${header}\r\n`);
  });
});

describe('costsFromCsv', () => {
  it('reads what European Excel writes: a sep= line, semicolons, decimal commas, dates day first', () => {
    const text = [
      'sep=;',
      'PERIOD;kind;start;labour;Management Overhead;hiring-attrition;Volume',
      'FY2023;Year;01.01.2023;1.234,56;"2.000";;1.500',
      'FY2024;year;2024-01-01;€ 1.300,00;2.100,5;(100);',
    ].join('\r\n');
    const { periods, rows } = costsFromCsv(text, commaDecimal);
    expect(rows).toEqual([
      { line: 3, accepted: true, reason: '' },
      { line: 4, accepted: true, reason: '' },
    ]);
    expect(periods.map(withoutId)).toEqual([
      {
        label: 'FY2023',
        kind: 'year',
        start: '2023-01-01',
        amounts: { labour: 1234.56, management: 2000 },
        volume: 1500,
      },
      {
        label: 'FY2024',
        kind: 'year',
        start: '2024-01-01',
        amounts: { labour: 1300, management: 2100.5, 'hiring-attrition': -100 },
        volume: null,
      },
    ]);
  });

  it('reads decimal points in a comma-separated file, whatever the locale', () => {
    const { periods } = costsFromCsv('Period,Start,Labour\nFY2024,2024-01-01,1.234\n', commaDecimal);
    expect(periods[0]?.amounts).toEqual({ labour: 1.234 });
  });

  it('infers kind and start from the label when their columns are missing or empty', () => {
    const text = ['Period\tLabour', 'FY2023\t1', 'Q2 2024\t2', '2024-Q3\t3', "FY'25\t4"].join('\n');
    const { periods } = costsFromCsv(text, pointDecimal);
    expect(periods.map(({ label, kind, start }) => [label, kind, start])).toEqual([
      ['FY2023', 'year', '2023-01-01'],
      ['Q2 2024', 'quarter', '2024-04-01'],
      ['2024-Q3', 'quarter', '2024-07-01'],
      ["FY'25", 'year', '2025-01-01'],
    ]);
  });

  it('reads dates a spreadsheet re-typed, taking the reading that starts on the 1st', () => {
    const text = ['Period,Kind,Start,Labour', 'A,quarter,4/1/2024,1', 'B,quarter,1/7/2024,1', 'C,year,2025,1'].join(
      '\n',
    );
    expect(costsFromCsv(text, pointDecimal).periods.map((p) => p.start)).toEqual([
      '2024-04-01',
      '2024-07-01',
      '2025-01-01',
    ]);
  });

  it('refuses each bad row with its reason and line, and keeps the good ones', () => {
    const text = [
      '\uFEFFPeriod,Kind,Start,Labour,Benefits,Volume',
      '"Two-line',
      'label",year,2020-01-01,1,,',
      'FY2021,year,2021-01-01,abc,1.2.3,',
      ',year,2022-01-01,1,,',
      'FY2023,month,2023-01-01,1,,',
      'FY2024,year,31/31/2024,1,,',
      'Budget,year,,1,,',
      'FY2025,year,2025-01-01,1,,-5',
      '',
      'FY2020 again,year,2020-01-01,2,,',
      'FY2026,year,2026-01-01,1e14,,',
    ].join('\r\n');
    const { periods, rows } = costsFromCsv(text, pointDecimal);
    expect(periods.map((p) => p.label)).toEqual(['Two-line\r\nlabel']);
    expect(rows).toEqual([
      { line: 2, accepted: true, reason: '' },
      {
        line: 4,
        accepted: false,
        reason: 'Labour: “abc” is not an amount. Benefits: “1.2.3” is not an amount.',
      },
      { line: 5, accepted: false, reason: 'The period has no name.' },
      { line: 6, accepted: false, reason: 'Kind “month” is neither year nor quarter.' },
      { line: 7, accepted: false, reason: 'Start “31/31/2024” is not a date: write it as 2024-01-01.' },
      { line: 8, accepted: false, reason: 'No start date: add one such as 2024-01-01.' },
      { line: 9, accepted: false, reason: 'Volume: it cannot be negative.' },
      { line: 11, accepted: false, reason: 'The same period as line 2.' },
      { line: 12, accepted: false, reason: 'Labour: “1e14” is too large an amount.' },
    ]);
  });

  it('says what the header needs when it names no known columns', () => {
    expect(costsFromCsv('Name,Email\nAda,ada@example.com\n', pointDecimal)).toEqual({
      periods: [],
      rows: [
        { line: 1, accepted: false, reason: `The first line must name the columns: ${header.replaceAll(',', ', ')}.` },
      ],
    });
    expect(costsFromCsv('', pointDecimal).rows[0]?.accepted).toBe(false);
  });

  it('gives every period a fresh id', () => {
    const project = projectWithCosts({ periods: [period('FY2024', '2024-01-01', { labour: 1 })] });
    const first = costsFromCsv(costsToCsv(project), pointDecimal).periods[0];
    const second = costsFromCsv(costsToCsv(project), pointDecimal).periods[0];
    expect(first?.id).not.toBe(project.costs.periods[0]?.id);
    expect(first?.id).not.toBe(second?.id);
  });
});

describe('CSV round trip', () => {
  // A label may hold anything a user types except a leading apostrophe before a formula character: that is the
  // neutraliser's own mark, read back as one.
  const labelArb = fc
    .string({
      unit: fc.constantFrom('F', 'Y', '2', ' ', ',', ';', '"', '\n', '\r\n', '=', '+', '-', '@', "'", 'é', '\t'),
      minLength: 1,
      maxLength: 20,
    })
    .filter((label) => label.trim() === label && label.length > 0 && !/^'[=+\-@\t\r]/.test(label));

  const periodsArb = fc
    .uniqueArray(
      fc.record({
        label: labelArb,
        kind: fc.constantFrom('year' as const, 'quarter' as const),
        start: fc.constantFrom(...periodStarts),
        amounts: amountsArb,
        volume: fc.option(
          fc.double({ min: 0, max: 1e13, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
          { nil: null },
        ),
      }),
      { selector: (p) => `${p.kind} ${p.start}`, maxLength: 8 },
    )
    .map((periods) => periods.map((fields, index) => CostPeriodSchema.parse({ id: `p${index}`, ...fields })));

  it('reads back exactly what it writes, in start order', () => {
    fc.assert(
      fc.property(periodsArb, fc.constantFrom<NumberFormat>({ decimal: '.' }, { decimal: ',' }), (periods, format) => {
        const project = projectWithCosts({ periods });
        const imported = costsFromCsv(costsToCsv(project), format);
        const expected = periods.toSorted((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        expect(imported.rows.every((row) => row.accepted)).toBe(true);
        expect(imported.periods.map(withoutId)).toEqual(expected.map(withoutId));
      }),
    );
  });

  it('has a column for every category', () => {
    expect(header.split(',')).toHaveLength(costCategoryIds.length + 4);
  });
});
