import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checklistArea } from '../../shared/catalog/checklistAreas';
import { actionListCsv, actionListMarkdown, openActions, statusLabel } from '../../shared/domain/actionList';
import { escapeMarkdown, toCsv } from '../../shared/domain/textExport';
import { checklistAreaIds, ChecklistItemSchema, itemStatuses, type ChecklistItem } from '../../shared/model/checklist';
import { dueDays, projectWithItems } from './support/projects';

const today = '2025-02-01';
const header = ['Action', 'Area', 'Owner', 'Due date', 'Status', 'Must-have'];

/** Characters that mean something to a spreadsheet, to CSV or to Markdown, plus a few ordinary ones. */
const tricky = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  "'",
  ',',
  ';',
  ' ',
  '|',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '`',
  '#',
  '\\',
  '!',
  '~',
  '&',
  'a',
  'Z',
  '7',
  '\ufeff',
];
const formulaStarts = ['=', '+', '-', '@', '\t', '\r'] as const;

/** Text a user could type or paste: plain, full of special characters, starting like a formula, or any code units. */
const userText = (minLength = 0): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ minLength, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...tricky), minLength, maxLength: 20 }),
    fc
      .tuple(fc.constantFrom(...formulaStarts), fc.string({ unit: fc.constantFrom(...tricky), maxLength: 20 }))
      .map(([start, rest]) => start + rest),
    fc.string({ unit: 'binary', minLength, maxLength: 20 }),
  );

const itemsArb = (text: { title: fc.Arbitrary<string>; owner: fc.Arbitrary<string> }) =>
  fc
    .array(
      fc.record({
        areaId: fc.constantFrom(...checklistAreaIds),
        status: fc.constantFrom(...itemStatuses),
        weight: fc.integer({ min: 1, max: 3 }),
        mustHave: fc.boolean(),
        dueDate: fc.option(fc.constantFrom(...dueDays), { nil: null }),
        title: text.title,
        owner: text.owner,
      }),
      { maxLength: 12 },
    )
    .map((all) =>
      all.map((fields, index) =>
        ChecklistItemSchema.parse({
          id: `item-${index}`,
          ...fields,
          completedAt: fields.status === 'done' ? '2025-01-01T09:00:00.000Z' : null,
        }),
      ),
    );

const plainItemsArb = itemsArb({
  title: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/),
  owner: fc.constantFrom('', 'Ana', 'Bo Li'),
});
const userItemsArb = itemsArb({ title: userText(1), owner: userText() });
const hasOpen = (items: readonly ChecklistItem[]) => items.some(isOpenStatus);

const isOpenStatus = (item: ChecklistItem) => item.status !== 'done' && item.status !== 'n/a';

/** Sort key of an open action: must-haves first, then due date, undated last. */
const actionKey = (item: ChecklistItem) => `${item.mustHave ? 0 : 1}|${item.dueDate ?? '9999-12-31'}`;

function expectedRow(item: ChecklistItem): string[] {
  return [
    item.title,
    checklistArea(item.areaId).title,
    item.owner,
    item.dueDate ?? '',
    statusLabel(item.status),
    item.mustHave ? 'Yes' : 'No',
  ];
}

/**
 * Parses the CSV as a spreadsheet import would and drops the empty record after the final line break. The
 * delimiter is given because Papa's guess can pick `;` on a tiny file whose cells hold semicolons.
 */
function parseCsv(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { header: false, delimiter: ',' });
  const rows = parsed.data;
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

/** `|` characters not escaped by an odd run of backslashes. */
function unescapedCount(line: string, char: string): number {
  let count = 0;
  let backslashes = 0;
  for (const c of line) {
    if (c === char && backslashes % 2 === 0) count += 1;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return count;
}

/** Lines as a CommonMark renderer sees them: LF, CR LF and a lone CR all end a line. */
const markdownLines = (text: string) => text.split(/\r\n|\r|\n/);

describe('openActions', () => {
  it('keeps every open item and drops done and n/a items', () => {
    fc.assert(
      fc.property(plainItemsArb, (items) => {
        const actions = openActions(projectWithItems(items));
        expect(actions.every(isOpenStatus)).toBe(true);
        expect(actions.map((a) => a.id).toSorted()).toEqual(
          items
            .filter(isOpenStatus)
            .map((i) => i.id)
            .toSorted(),
        );
      }),
    );
  });

  it('lists must-haves first, then by due date with undated items last', () => {
    fc.assert(
      fc.property(plainItemsArb, (items) => {
        const actions = openActions(projectWithItems(items));
        for (let i = 1; i < actions.length; i += 1) {
          const a = actions[i - 1];
          const b = actions[i];
          if (a && b) expect(actionKey(a) <= actionKey(b)).toBe(true);
        }
      }),
    );
  });
});

describe('actionListCsv', () => {
  it('has a header row and one CRLF-terminated row per open action', () => {
    fc.assert(
      fc.property(plainItemsArb.filter(hasOpen), (items) => {
        const project = projectWithItems(items);
        const csv = actionListCsv(project);
        const lines = csv.split('\r\n');
        expect(lines.at(-1)).toBe('');
        expect(lines.slice(0, -1).every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
        expect(lines[0]).toBe(header.join(','));
        expect(lines).toHaveLength(2 + items.filter(isOpenStatus).length);
        expect(parseCsv(csv)).toEqual([header, ...openActions(project).map(expectedRow)]);
      }),
    );
  });

  it('has only the header row when nothing is open', () => {
    const done = ChecklistItemSchema.parse({ id: 'a', areaId: 'risk', title: 'A', status: 'done' });
    expect(actionListCsv(projectWithItems([done]))).toBe(`${header.join(',')}\r\n`);
  });

  it('neutralises cells that start like a formula with a leading quote and round-trips every other cell', () => {
    fc.assert(
      fc.property(userItemsArb.filter(hasOpen), (items) => {
        const project = projectWithItems(items);
        const rows = parseCsv(actionListCsv(project));
        expect(rows[0]).toEqual(header);
        const expected = openActions(project).map(expectedRow);
        expect(rows).toHaveLength(expected.length + 1);
        expected.forEach((cells, r) => {
          const parsed = rows[r + 1];
          expect(parsed).toHaveLength(cells.length);
          cells.forEach((cell, c) => {
            // A plain negative number is no formula and stays a number.
            const startsLikeFormula =
              formulaStarts.some((start) => cell.startsWith(start)) && !/^-\d+(?:\.\d+)?$/.test(cell);
            expect(parsed?.[c]).toBe(startsLikeFormula ? `'${cell}` : cell);
          });
        });
      }),
    );
  });

  it('neutralises a formula that spans several lines', () => {
    const item = ChecklistItemSchema.parse({
      id: 'a',
      areaId: 'risk',
      title: '=HYPERLINK("https://example.invalid","Click")\nsecond line',
      owner: '@SUM(1)\r\nx',
    });
    const [, row] = parseCsv(actionListCsv(projectWithItems([item])));
    expect(row?.[0]).toBe(`'${item.title}`);
    expect(row?.[2]).toBe(`'${item.owner}`);
  });
});

describe('actionListMarkdown', () => {
  it('names the project with its name escaped and has one table row per open action', () => {
    fc.assert(
      fc.property(plainItemsArb, userText(1), (items, name) => {
        const project = projectWithItems(items, name);
        const markdown = actionListMarkdown(project, today);
        const lines = markdownLines(markdown);
        expect(lines[0]).toBe(`# Open actions — ${escapeMarkdown(name)}`);
        const open = openActions(project);
        const tableLines = lines.filter((line) => line.startsWith('|'));
        if (open.length === 0) {
          expect(tableLines).toEqual([]);
          expect(markdown).toContain('Nothing open');
          return;
        }
        expect(tableLines).toHaveLength(open.length + 2);
        expect(tableLines[0]).toBe(`| ${header.map(escapeMarkdown).join(' | ')} |`);
        open.forEach((item, i) => {
          expect(tableLines[i + 2]?.startsWith(`| ${escapeMarkdown(item.title)} | `)).toBe(true);
        });
        expect(markdown).toContain(`${open.length} open ${open.length === 1 ? 'action' : 'actions'} as of ${today}.`);
      }),
    );
  });

  it('never lets user text add a table column, break a row, or open a link or HTML tag', () => {
    fc.assert(
      fc.property(userItemsArb, userText(1), (items, name) => {
        const project = projectWithItems(items, name);
        const lines = markdownLines(actionListMarkdown(project, today));
        const open = openActions(project);
        const tableLines = lines.filter((line) => line.startsWith('|'));
        expect(tableLines).toHaveLength(open.length === 0 ? 0 : open.length + 2);
        const headerPipes = header.length + 1;
        for (const line of tableLines) expect(unescapedCount(line, '|')).toBe(headerPipes);
        for (const line of lines) {
          expect(unescapedCount(line, '<')).toBe(0);
          expect(unescapedCount(line, '[')).toBe(0);
        }
      }),
    );
  });
});

describe('escapeMarkdown', () => {
  it('removes every line break (LF, CR LF and a lone CR)', () => {
    fc.assert(
      fc.property(userText(), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\r\n]/);
      }),
    );
    expect(escapeMarkdown('a\r\nb\nc')).toBe('a b c');
  });

  it('backslash-escapes markup characters', () => {
    expect(escapeMarkdown('a|b *c* _d_ [e](f) <g> `h` #i')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\]\\(f\\) \\<g\\> \\`h\\` \\#i',
    );
  });

  it('leaves no unescaped pipe, bracket or angle bracket in any text', () => {
    fc.assert(
      fc.property(userText(), (text) => {
        const escaped = escapeMarkdown(text);
        for (const char of ['|', '<', '>', '[', ']', '*', '_', '`', '#']) expect(unescapedCount(escaped, char)).toBe(0);
      }),
    );
  });
});

describe('CSV cells', () => {
  it('leave a plain negative number as a number and neutralise a formula that starts with a minus', () => {
    expect(toCsv(['a', 'b', 'c'], [['-500', '-1.25', '-1+cmd']])).toBe('a,b,c\r\n-500,-1.25,"\'-1+cmd"\r\n');
  });
});
