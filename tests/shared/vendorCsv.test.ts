import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoresCsvTemplate, scoresFromCsv, vendorsFromCsv } from '../../shared/domain/vendorCsv';
import { createProject, type Project } from '../../shared/model/project';
import {
  CriterionSchema,
  EvaluatorSchema,
  ScoreSchema,
  VendorSchema,
  type Score,
  type Vendor,
} from '../../shared/model/vendors';

const baseProject = createProject({ name: 'P', functionTemplate: 'customer-service' });

const vendor = (id: string, name: string): Vendor => VendorSchema.parse({ id, name });

interface Cast {
  vendors?: Array<[string, string]>;
  criteria?: Array<[string, string]>;
  evaluators?: Array<[string, string]>;
  scores?: Array<Partial<Score> & Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId' | 'score'>>;
}

/** A project whose vendor evaluation holds exactly these records ([id, name] pairs). */
function projectWith({ vendors = [], criteria = [], evaluators = [], scores = [] }: Cast): Project {
  return {
    ...baseProject,
    vendors: {
      ...baseProject.vendors,
      vendors: vendors.map(([id, name]) => vendor(id, name)),
      criteria: criteria.map(([id, name]) => CriterionSchema.parse({ id, name, group: 'delivery' })),
      evaluators: evaluators.map(([id, name]) => EvaluatorSchema.parse({ id, name })),
      scores: scores.map((s) => ScoreSchema.parse(s)),
    },
  };
}

const sample = projectWith({
  vendors: [
    ['v1', 'Acme Services'],
    ['v2', 'Blue Harbour'],
  ],
  criteria: [
    ['c1', 'Culture fit'],
    ['c2', 'Total cost'],
  ],
  evaluators: [
    ['e1', 'Ana'],
    ['e2', 'Bo'],
  ],
  scores: [
    { vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1', score: 4, note: 'Good, answers with examples' },
    { vendorId: 'v2', criterionId: 'c2', evaluatorId: 'e2', score: 2 },
  ],
});

const byKey = (scores: readonly Score[]) =>
  scores.map((s) => `${s.vendorId}|${s.criterionId}|${s.evaluatorId}|${s.score}|${s.note}`).toSorted();

const csvRows = (csv: string) => Papa.parse<string[]>(csv, { header: false, delimiter: ',' }).data.slice(0, -1);

describe('vendorsFromCsv', () => {
  it('reads Name, Contact, Website and Notes in any order and letter case, skipping blank lines', () => {
    const csv = 'website,NAME, Notes ,contact\r\nacme.example,Acme,Big one,ana@acme.example\r\n\r\n,Blue Harbour,,\r\n';
    const { vendors, rows } = vendorsFromCsv(csv, []);
    expect(vendors.map((v) => [v.name, v.contact, v.website, v.notes])).toEqual([
      ['Acme', 'ana@acme.example', 'acme.example', 'Big one'],
      ['Blue Harbour', '', '', ''],
    ]);
    expect(rows).toEqual([
      { line: 2, accepted: true, reason: 'Added.' },
      { line: 4, accepted: true, reason: 'Added.' },
    ]);
    for (const v of vendors) expect(VendorSchema.parse(v)).toEqual(v);
    expect(new Set(vendors.map((v) => v.id)).size).toBe(2);
  });

  it('reads semicolon-separated files and tolerates a byte-order mark', () => {
    const csv = '\ufeffName;Contact;Notes\nAcme, Inc.;ana@acme.example;Works 9–5, Mon–Fri\n';
    const { vendors } = vendorsFromCsv(csv, []);
    expect(vendors.map((v) => [v.name, v.contact, v.notes])).toEqual([
      ['Acme, Inc.', 'ana@acme.example', 'Works 9–5, Mon–Fri'],
    ]);
  });

  it('rejects duplicates of listed vendors and of earlier rows, and rows without a name, with the reason', () => {
    const csv = ['Name,Contact', ' acme ,x', 'New One,', ',someone', 'NEW ONE,', '"Open quote,'].join('\n');
    const { vendors, rows } = vendorsFromCsv(csv, [vendor('v1', 'Acme')]);
    expect(vendors.map((v) => v.name)).toEqual(['New One']);
    expect(rows).toEqual([
      { line: 2, accepted: false, reason: '“acme” is already in the vendor list.' },
      { line: 3, accepted: true, reason: 'Added.' },
      { line: 4, accepted: false, reason: 'No name given.' },
      { line: 5, accepted: false, reason: '“NEW ONE” appears earlier in this file (row 3).' },
      { line: 6, accepted: false, reason: 'A quoted cell is not closed, so this row could not be read.' },
    ]);
  });

  it('reports a missing Name column on the header row and imports nothing', () => {
    const { vendors, rows } = vendorsFromCsv('\nCompany,Contact\nAcme,x\n', []);
    expect(vendors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 2, accepted: false });
    expect(rows[0]?.reason).toMatch(/Name/);
  });

  it('imports nothing and reports nothing from an empty file', () => {
    expect(vendorsFromCsv('', [])).toEqual({ vendors: [], rows: [] });
    expect(vendorsFromCsv('\ufeff\r\n\r\n', [])).toEqual({ vendors: [], rows: [] });
  });

  it('rejects overlong fields instead of truncating them', () => {
    const { vendors, rows } = vendorsFromCsv(`Name,Contact\nAcme,${'x'.repeat(501)}\n`, []);
    expect(vendors).toEqual([]);
    expect(rows[0]?.reason).toBe('The contact is longer than 500 characters.');
  });

  it('stops at the 500 vendors a project can hold', () => {
    const existing = Array.from({ length: 499 }, (_, i) => vendor(`v${i}`, `Vendor ${i}`));
    const { vendors, rows } = vendorsFromCsv('Name\nOne\nTwo\n', existing);
    expect(vendors.map((v) => v.name)).toEqual(['One']);
    expect(rows[1]).toMatchObject({ accepted: false, reason: expect.stringMatching(/at most 500/) });
  });

  it('never throws, and adds exactly one valid vendor per accepted row', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: fc.constantFrom('N', 'a', ',', ';', '"', '\n', '\r', ' ', '\ufeff'), maxLength: 60 }),
        (junk, shaped) => {
          for (const text of [junk, `Name,Notes\n${shaped}`, `Name;Notes\r\n${junk}`]) {
            const { vendors, rows } = vendorsFromCsv(text, []);
            expect(vendors).toHaveLength(rows.filter((r) => r.accepted).length);
            for (const v of vendors) VendorSchema.parse(v);
            for (const row of rows) expect(row.reason.trim()).not.toBe('');
            const lines = rows.map((r) => r.line);
            expect(lines).toEqual(lines.toSorted((a, b) => a - b));
          }
        },
      ),
    );
  });
});

describe('scoresCsvTemplate', () => {
  it('has one row per vendor × criterion × evaluator with the current score and note', () => {
    const rows = csvRows(scoresCsvTemplate(sample));
    expect(rows[0]).toEqual(['Vendor', 'Criterion', 'Evaluator', 'Score', 'Note', 'Answer']);
    expect(rows).toHaveLength(1 + 2 * 2 * 2);
    expect(rows[1]).toEqual(['Acme Services', 'Culture fit', 'Ana', '4', 'Good, answers with examples', '']);
    expect(rows[2]).toEqual(['Acme Services', 'Culture fit', 'Bo', '', '', '']);
    expect(rows.at(-1)).toEqual(['Blue Harbour', 'Total cost', 'Bo', '2', '', '']);
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const hostile = projectWith({
      vendors: [['v1', '=HYPERLINK("http://evil.example","x")']],
      criteria: [['c1', '+1+1']],
      evaluators: [['e1', '@SUM(A1)']],
      scores: [{ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1', score: 3, note: '-2+3' }],
    });
    const [, row] = csvRows(scoresCsvTemplate(hostile));
    expect(row).toEqual(['\'=HYPERLINK("http://evil.example","x")', "'+1+1", "'@SUM(A1)", '3', "'-2+3", '']);
  });

  it('names a record by its id when its name is shared, so every row points at one record', () => {
    const twins = projectWith({
      vendors: [
        ['v1', 'Acme'],
        ['v2', ' ACME '],
      ],
      criteria: [['c1', 'Fit']],
      evaluators: [['e1', 'Ana']],
    });
    expect(csvRows(scoresCsvTemplate(twins)).map((r) => r[0])).toEqual(['Vendor', 'v1', 'v2']);
  });

  it('names a record by its id when its name is another record’s id', () => {
    const confusing = projectWith({
      vendors: [
        ['v1', 'v2'],
        ['v2', 'Blue'],
      ],
      criteria: [['c1', 'Fit']],
      evaluators: [['e1', 'Ana']],
      scores: [{ vendorId: 'v1', criterionId: 'c1', evaluatorId: 'e1', score: 5 }],
    });
    const csv = scoresCsvTemplate(confusing);
    expect(csvRows(csv).map((r) => r[0])).toEqual(['Vendor', 'v1', 'Blue']);
    expect(scoresFromCsv(csv, confusing).scores).toEqual(confusing.vendors.scores);
  });
});

describe('scoresFromCsv', () => {
  it('changes nothing when the template comes back untouched', () => {
    const { scores, rows } = scoresFromCsv(scoresCsvTemplate(sample), sample);
    expect(scores).toEqual(sample.vendors.scores);
    expect(rows.every((r) => r.accepted)).toBe(true);
    expect(new Set(rows.map((r) => r.reason))).toEqual(new Set(['Unchanged.', 'Not scored.']));
  });

  it('round-trips any names and notes, however hostile', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', "'", ',', ';', ' ', 'a', 'B', '\ufeff'),
        minLength: 1,
        maxLength: 12,
      }),
    );
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.array(fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.oneof(fc.constant(''), text))), {
          minLength: 9,
          maxLength: 9,
        }),
        (vendorNames, criterionNames, cells) => {
          const project = projectWith({
            vendors: vendorNames.map((name, i) => [`v${i}`, name]),
            criteria: criterionNames.map((name, i) => [`c${i}`, name]),
            evaluators: [['e1', 'Ana']],
            scores: vendorNames.flatMap((_, v) =>
              criterionNames.flatMap((__, c) => {
                const cell = cells[v * 3 + c];
                return cell
                  ? [{ vendorId: `v${v}`, criterionId: `c${c}`, evaluatorId: 'e1', score: cell[0], note: cell[1] }]
                  : [];
              }),
            ),
          });
          const { scores, rows } = scoresFromCsv(scoresCsvTemplate(project), project);
          expect(rows.filter((r) => !r.accepted)).toEqual([]);
          expect(byKey(scores)).toEqual(byKey(project.vendors.scores));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applies edited rows, removes emptied scores and reports two bad rows with their reasons', () => {
    const csv = [
      'Vendor,Criterion,Evaluator,Score,Note',
      'acme services,Culture fit,Ana,5,Even better on the second call',
      'Acme Services,Culture fit,Ana,3,',
      'Nobody Ltd,Culture fit,Ana,4,',
      'Blue Harbour,Total cost,Bo,,',
      'v2,c1,e1,4.5,',
      'v2,c1,e1,4,Matched by id',
    ].join('\r\n');
    const { scores, rows } = scoresFromCsv(csv, sample);
    expect(rows).toEqual([
      { line: 2, accepted: true, reason: 'Scored 5.' },
      {
        line: 3,
        accepted: false,
        reason: 'Same vendor, criterion and evaluator as row 2; only the first of the two counts.',
      },
      { line: 4, accepted: false, reason: 'No vendor called “Nobody Ltd” in this project.' },
      { line: 5, accepted: true, reason: 'Score removed.' },
      { line: 6, accepted: false, reason: 'The score “4.5” is not a whole number from 1 to 5.' },
      {
        line: 7,
        accepted: false,
        reason: 'Same vendor, criterion and evaluator as row 6; only the first of the two counts.',
      },
    ]);
    expect(byKey(scores)).toEqual(
      byKey([
        ScoreSchema.parse({
          vendorId: 'v1',
          criterionId: 'c1',
          evaluatorId: 'e1',
          score: 5,
          note: 'Even better on the second call',
        }),
      ]),
    );
  });

  it('rejects scores outside 1–5 and anything that is not a whole number, accepting "4.0" and " 2 "', () => {
    const cases: Array<[string, boolean]> = [
      ['0', false],
      ['6', false],
      ['four', false],
      ['-3', false],
      ['1e0', false],
      ['0x3', false],
      ['4.0', true],
      [' 2 ', true],
    ];
    for (const [cell, accepted] of cases) {
      const { rows } = scoresFromCsv(`Vendor,Criterion,Evaluator,Score\nAcme Services,Total cost,Bo,${cell}\n`, sample);
      expect(rows[0]?.accepted, cell).toBe(accepted);
    }
  });

  it('keeps an answer in the note, after the note when both are given', () => {
    const csv = [
      'Vendor;Criterion;Evaluator;Score;Note;Answer',
      'Blue Harbour;Culture fit;Ana;3;;We run monthly values workshops',
      'Blue Harbour;Total cost;Ana;4;Cheapest complete quote;About 180,000 a year',
      'Acme Services;Total cost;Ana;;;We would rather not say',
    ].join('\n');
    const { scores, rows } = scoresFromCsv(`\ufeff${csv}`, sample);
    const notes = scores.filter((s) => s.vendorId === 'v2' && s.evaluatorId === 'e1').map((s) => s.note);
    expect(notes).toEqual([
      'Answer: We run monthly values workshops',
      'Cheapest complete quote\nAnswer: About 180,000 a year',
    ]);
    expect(rows[2]).toMatchObject({ accepted: false, reason: expect.stringMatching(/only with a score/) });
  });

  it('keeps existing notes when the file has no Note column', () => {
    const { scores } = scoresFromCsv('Vendor,Criterion,Evaluator,Score\nAcme Services,Culture fit,Ana,2\n', sample);
    expect(scores[0]).toMatchObject({ score: 2, note: 'Good, answers with examples' });
  });

  it('rejects names shared by two records and points at the id instead', () => {
    const twins = projectWith({
      vendors: [
        ['v1', 'Acme'],
        ['v2', 'acme'],
      ],
      criteria: [['c1', 'Fit']],
      evaluators: [['e1', 'Ana']],
    });
    const { rows } = scoresFromCsv('Vendor,Criterion,Evaluator,Score\nAcme,Fit,Ana,3\nv2,Fit,Ana,3\n', twins);
    expect(rows).toEqual([
      { line: 2, accepted: false, reason: 'More than one vendor is called “Acme”; use its id instead.' },
      { line: 3, accepted: true, reason: 'Scored 3.' },
    ]);
  });

  it('lists every problem of a row at once', () => {
    const { rows } = scoresFromCsv('Vendor,Criterion,Evaluator,Score\nNobody,,Zed,9\n', sample);
    expect(rows[0]?.reason).toBe(
      'No vendor called “Nobody” in this project. No criterion given. No evaluator called “Zed” in this project. The score “9” is not a whole number from 1 to 5.',
    );
  });

  it('reports missing required columns on the header row and leaves the scores alone', () => {
    const { scores, rows } = scoresFromCsv('Vendor,Criterion,Score\nAcme Services,Culture fit,1\n', sample);
    expect(scores).toEqual(sample.vendors.scores);
    expect(rows).toEqual([{ line: 1, accepted: false, reason: expect.stringMatching(/^Missing column Evaluator:/) }]);
  });

  it('never throws on arbitrary text and only ever yields valid scores', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        for (const text of [junk, `Vendor,Criterion,Evaluator,Score,Note,Answer\n${junk}`]) {
          const { scores } = scoresFromCsv(text, sample);
          for (const s of scores) ScoreSchema.parse(s);
        }
      }),
    );
  });
});
