import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checklistArea } from '../../shared/catalog/checklistAreas';
import {
  actionListCsv,
  actionListMarkdown,
  openActions,
  statusLabel,
  waivedItems,
} from '../../shared/domain/actionList';
import { escapeMarkdown, toCsv } from '../../shared/domain/textExport';
import { checklistAreaIds, ChecklistItemSchema, itemStatuses, type ChecklistItem } from '../../shared/model/checklist';
import { itemStages, stageLabels } from '../../shared/model/checklistStages';
import { dueDays, projectWithItems } from './support/projects';

const today = '2025-02-01';
const header = ['Action', 'Area', 'Needed', 'Owner', 'Due date', 'Status', 'Must-have'];
const csvHeader = [...header, 'Reason not applicable'];
const waiverHeader = ['Must-have', 'Area', 'Needed', 'Reason not applicable'];

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

const itemsArb = (text: { title: fc.Arbitrary<string>; owner: fc.Arbitrary<string>; reason: fc.Arbitrary<string> }) =>
  fc
    .array(
      fc.record({
        areaId: fc.constantFrom(...checklistAreaIds),
        stage: fc.constantFrom(...itemStages),
        naReason: text.reason,
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
  reason: fc.constantFrom('', ' ', 'No cards taken'),
});
const userItemsArb = itemsArb({ title: userText(1), owner: userText(), reason: userText() });
const hasOpen = (items: readonly ChecklistItem[]) => items.some(needsActionNow);

/** A must-have waived with a reason (padded, as a user may type it). */
const waived = ChecklistItemSchema.parse({
  id: 'w',
  areaId: 'risk',
  title: 'Card payments',
  mustHave: true,
  stage: 'contract',
  status: 'n/a',
  naReason: ' We take no cards. ',
});

const hasReason = (item: ChecklistItem) => item.naReason.trim() !== '';
const isWaiver = (item: ChecklistItem) => item.mustHave && item.status === 'n/a' && hasReason(item);
/** Open, or a must-have n/a whose reason is still missing. */
const needsActionNow = (item: ChecklistItem) =>
  (item.status !== 'done' && item.status !== 'n/a') || (item.mustHave && item.status === 'n/a' && !hasReason(item));

/** Sort key of an open action: must-haves first, then the earliest stage, then due date, undated last. */
const actionKey = (item: ChecklistItem) =>
  `${item.mustHave ? 0 : 1}|${itemStages.indexOf(item.stage)}|${item.dueDate ?? '9999-12-31'}`;

function expectedStatus(item: ChecklistItem): string {
  if (isWaiver(item)) return 'Waived';
  if (item.mustHave && item.status === 'n/a') return 'Not applicable, reason missing';
  return statusLabel(item.status);
}

function expectedRow(item: ChecklistItem): string[] {
  return [
    item.title,
    checklistArea(item.areaId).title,
    stageLabels[item.stage],
    item.owner,
    item.dueDate ?? '',
    expectedStatus(item),
    item.mustHave ? 'Yes' : 'No',
    item.status === 'n/a' ? item.naReason.trim() : '',
  ];
}

/** The CSV rows: open actions, then the waivers. */
const expectedCsvRows = (items: readonly ChecklistItem[]) => {
  const project = projectWithItems(items);
  return [...openActions(project), ...waivedItems(project)].map(expectedRow);
};

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
  it('keeps every open item and every must-have n/a without a reason, and drops done items and waivers', () => {
    fc.assert(
      fc.property(plainItemsArb, (items) => {
        const actions = openActions(projectWithItems(items));
        expect(actions.every(needsActionNow)).toBe(true);
        expect(actions.map((a) => a.id).toSorted()).toEqual(
          items
            .filter(needsActionNow)
            .map((i) => i.id)
            .toSorted(),
        );
      }),
    );
  });

  it('lists must-haves first, then by stage, then by due date with undated items last', () => {
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
  it('has a header row and one CRLF-terminated row per open action, then one per waiver with its reason', () => {
    fc.assert(
      fc.property(plainItemsArb.filter(hasOpen), (items) => {
        const project = projectWithItems(items);
        const csv = actionListCsv(project);
        const lines = csv.split('\r\n');
        expect(lines.at(-1)).toBe('');
        expect(lines.slice(0, -1).every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
        expect(lines[0]).toBe(csvHeader.join(','));
        expect(lines).toHaveLength(2 + items.filter(needsActionNow).length + items.filter(isWaiver).length);
        expect(parseCsv(csv)).toEqual([csvHeader, ...expectedCsvRows(items)]);
      }),
    );
  });

  it('has only the header row when nothing is open or waived', () => {
    const done = ChecklistItemSchema.parse({ id: 'a', areaId: 'risk', title: 'A', status: 'done' });
    expect(actionListCsv(projectWithItems([done]))).toBe(`${csvHeader.join(',')}\r\n`);
  });

  it('lists a waiver with its reason, and a must-have n/a without one as an action still missing it', () => {
    const unexplained = { ...waived, id: 'u', title: 'Data rules', stage: 'vendors' as const, naReason: '  ' };
    expect(parseCsv(actionListCsv(projectWithItems([waived, unexplained])))).toEqual([
      csvHeader,
      [
        'Data rules',
        'Risk, data and compliance',
        'before going to market',
        '',
        '',
        'Not applicable, reason missing',
        'Yes',
        '',
      ],
      ['Card payments', 'Risk, data and compliance', 'before signing', '', '', 'Waived', 'Yes', 'We take no cards.'],
    ]);
  });

  it('neutralises cells that start like a formula with a leading quote and round-trips every other cell', () => {
    fc.assert(
      fc.property(userItemsArb.filter(hasOpen), (items) => {
        const project = projectWithItems(items);
        const rows = parseCsv(actionListCsv(project));
        expect(rows[0]).toEqual(csvHeader);
        const expected = expectedCsvRows(items);
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
    expect(row?.[3]).toBe(`'${item.owner}`);
  });
});

describe('actionListMarkdown', () => {
  it('states the level and the score, or that there is nothing to assess', () => {
    const todo = ChecklistItemSchema.parse({ id: 'a', areaId: 'risk', title: 'A', mustHave: true });
    expect(actionListMarkdown(projectWithItems([todo]), today)).toContain('Readiness: Not ready, score 0/100.');
    expect(actionListMarkdown(projectWithItems([]), today)).toContain('Readiness: Not ready, nothing to assess yet.');
  });

  it('lists the waived must-haves with their reasons under their own heading', () => {
    const markdown = actionListMarkdown(projectWithItems([waived]), today);
    expect(markdown).toContain('## Waived must-haves');
    expect(markdown).toContain('| Card payments | Risk, data and compliance | before signing | We take no cards. |');
  });

  it('names the project with its name escaped and has one table row per open action', () => {
    fc.assert(
      fc.property(plainItemsArb, userText(1), (items, name) => {
        const project = projectWithItems(items, name);
        const markdown = actionListMarkdown(project, today);
        const lines = markdownLines(markdown);
        expect(lines[0]).toBe(`# Open actions — ${escapeMarkdown(name)}`);
        const open = openActions(project);
        const waivers = waivedItems(project);
        const tableLines = lines.filter((line) => line.startsWith('|'));
        expect(tableLines).toHaveLength(
          (open.length === 0 ? 0 : open.length + 2) + (waivers.length === 0 ? 0 : waivers.length + 2),
        );
        if (open.length === 0) {
          expect(markdown).toContain('Nothing open');
          return;
        }
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
        const waivers = waivedItems(project);
        const actionTable = lines
          .filter((line) => line.startsWith('|'))
          .slice(0, open.length === 0 ? 0 : open.length + 2);
        const waiverTable = lines.filter((line) => line.startsWith('|')).slice(actionTable.length);
        expect(waiverTable).toHaveLength(waivers.length === 0 ? 0 : waivers.length + 2);
        for (const line of actionTable) expect(unescapedCount(line, '|')).toBe(header.length + 1);
        for (const line of waiverTable) expect(unescapedCount(line, '|')).toBe(waiverHeader.length + 1);
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
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\#i',
    );
  });

  it('leaves plain hyphens, dots and dates as they are written', () => {
    expect(escapeMarkdown('Follow-up with Dana Whitfield-Jones by 2027-02-15, then sign v2.1.')).toBe(
      'Follow-up with Dana Whitfield-Jones by 2027-02-15, then sign v2.1.',
    );
    // Only where they would start a list do they need a backslash.
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('shows due dates and hyphenated names in the open actions unescaped', () => {
    const project = projectWithItems([
      ChecklistItemSchema.parse({
        id: 'a',
        areaId: 'risk',
        title: 'Sign the follow-up contract',
        owner: 'Dana Whitfield-Jones',
        dueDate: '2027-02-15',
      }),
    ]);
    const markdown = actionListMarkdown(project, today);
    expect(markdown).toContain('| Sign the follow-up contract |');
    expect(markdown).toContain('Dana Whitfield-Jones');
    expect(markdown).toContain('2027-02-15');
  });

  it('leaves no unescaped pipe, bracket or angle bracket in any text', () => {
    fc.assert(
      fc.property(userText(), (text) => {
        const escaped = escapeMarkdown(text);
        for (const char of ['|', '<', '>', '[', ']', '*', '_', '`']) expect(unescapedCount(escaped, char)).toBe(0);
        // A hash inside a word is plain text; one that starts a word could open a heading.
        expect(escaped).not.toMatch(/(^|\s)#/);
      }),
    );
  });
});

describe('CSV cells', () => {
  it('leave a plain negative number as a number and neutralise a formula that starts with a minus', () => {
    expect(toCsv(['a', 'b', 'c'], [['-500', '-1.25', '-1+cmd']])).toBe('a,b,c\r\n-500,-1.25,"\'-1+cmd"\r\n');
  });
});
