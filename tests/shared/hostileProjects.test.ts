import { describe, expect, it } from 'vitest';
import { criterionWeights } from '../../shared/domain/scoring';
import type { Project } from '../../shared/model/project';
import { parseProjectFile, serializeProjectFile, type ProjectFileRead } from '../../shared/model/projectFile';
import { CriterionSchema, EvaluatorSchema, VendorSchema } from '../../shared/model/vendors';
import { vendorProject } from './support/vendorProjects';

/**
 * The semantic hostile-file corpus: files that are valid JSON and pass the schema, yet would mislead the app —
 * duplicate ids, references to nothing, two scores for one cell, unsafe links, invisible direction controls.
 */

const meta = { appVersion: 'test', savedAt: new Date('2026-03-02T09:00:00Z') };
const base = vendorProject({
  criteria: [{ id: 'cost' }, { id: 'culture' }],
  scores: { acme: [{ cost: 4, culture: 3 }, { cost: 2 }], globex: { cost: 5, culture: 5 } },
  evaluatorCount: 2,
});
const read = (project: unknown): ProjectFileRead => parseProjectFile(serializeProjectFile(project as Project, meta));
const accepted = (outcome: ProjectFileRead) => {
  if (!outcome.ok) throw new Error(`Expected the file to open, but: ${outcome.error.message}`);
  return outcome;
};
const refused = (outcome: ProjectFileRead) => {
  if (outcome.ok) throw new Error('Expected the file to be refused, but it opened.');
  return outcome.error;
};
const withEvaluation = (change: Partial<Project['vendors']>): Project => ({
  ...base,
  vendors: { ...base.vendors, ...change },
});
const score = (vendorId: string, criterionId: string, evaluatorId: string, value = 3) => ({
  vendorId,
  criterionId,
  evaluatorId,
  score: value,
  note: '',
});

const twice = <T>(list: readonly T[]): T[] => [...list, ...list.slice(0, 1)];

describe('a file whose records share an id', () => {
  const cases: Array<[string, (p: Project) => Project, string]> = [
    ['checklist items', (p) => ({ ...p, checklist: { items: twice(p.checklist.items) } }), 'Two checklist items'],
    ['vendors', (p) => withEvaluation({ vendors: twice(p.vendors.vendors) }), 'Two vendors'],
    ['criteria', (p) => withEvaluation({ criteria: twice(p.vendors.criteria) }), 'Two criteria'],
    ['evaluators', (p) => withEvaluation({ evaluators: twice(p.vendors.evaluators) }), 'Two evaluators'],
    [
      'cost periods',
      (p) => ({
        ...p,
        costs: {
          ...p.costs,
          periods: twice([{ id: 'y1', label: 'Y1', kind: 'year', start: '2025-01-01', amounts: {}, volume: null }]),
        },
      }),
      'Two cost periods',
    ],
    [
      'risks',
      (p) => ({
        ...p,
        plan: {
          ...p.plan,
          risks: twice([{ id: 'r', description: 'x', likelihood: 'low', impact: 'low', mitigation: '', owner: '' }]),
        },
      }),
      'Two risks',
    ],
  ];
  it.each(cases)('is refused when two %s share an id, with a typed problem and a plain sentence', (_, make, words) => {
    const error = refused(read(make(base)));
    expect(error).toMatchObject({ code: 'invalid-file', problem: 'duplicate-id' });
    expect(error.message).toContain(words);
    expect(error.message).not.toMatch(/schema|zod|expected/i);
  });

  it('counts ids written in two Unicode forms (NFC and NFD "café") as one id', () => {
    const twins = withEvaluation({
      vendors: [
        VendorSchema.parse({ id: 'caf\u00e9', name: 'Café A' }),
        VendorSchema.parse({ id: 'cafe\u0301', name: 'Café B' }),
      ],
      scores: [],
    });
    expect(refused(read(twins))).toMatchObject({ problem: 'duplicate-id' });
  });
});

describe('references that resolve', () => {
  it('drops scores for vendors, criteria and evaluators that no longer exist, saying how many', () => {
    const project = withEvaluation({
      scores: [
        ...base.vendors.scores,
        score('gone', 'cost', 'e0'),
        score('gone', 'culture', 'e1'),
        score('acme', 'speed', 'e0'),
        score('acme', 'cost', 'e9'),
      ],
    });
    const outcome = accepted(read(project));
    expect(outcome.value.vendors.scores).toEqual(base.vendors.scores);
    expect(outcome.repairs).toEqual([
      '2 scores for a vendor that no longer exists were dropped.',
      '1 score on a criterion that no longer exists was dropped.',
      '1 score by an evaluator who is no longer listed was dropped.',
    ]);
  });

  it('keeps one score per vendor × criterion × evaluator: the later one', () => {
    const outcome = accepted(
      read(
        withEvaluation({
          scores: [score('acme', 'cost', 'e0', 1), ...base.vendors.scores, score('acme', 'cost', 'e0', 2)],
        }),
      ),
    );
    const cell = outcome.value.vendors.scores.filter(
      (s) => s.vendorId === 'acme' && s.criterionId === 'cost' && s.evaluatorId === 'e0',
    );
    expect(cell).toEqual([score('acme', 'cost', 'e0', 2)]);
    expect(outcome.repairs.join(' ')).toMatch(/2 scores were given twice .* only the later one of each was kept/);
  });

  it('repairs a chosen weighting set that does not exist to none, and drops weights and judgments naming missing criteria', () => {
    const outcome = accepted(
      read(
        withEvaluation({
          weighting: {
            method: 'ahp',
            activeSetId: 'nowhere',
            sets: [{ id: 's1', name: 'Board view', weights: { cost: 3, speed: 2, hasOwnProperty: 1 } }],
            pairwise: [
              { a: 'cost', b: 'culture', value: 3 },
              { a: 'cost', b: 'speed', value: 5 },
              { a: 'cost', b: 'cost', value: 1 },
            ],
          },
        }),
      ),
    );
    expect(outcome.value.vendors.weighting).toEqual({
      method: 'ahp',
      activeSetId: null,
      sets: [{ id: 's1', name: 'Board view', weights: { cost: 3 } }],
      pairwise: [{ a: 'cost', b: 'culture', value: 3 }],
    });
    expect(outcome.repairs).toEqual([
      '2 pairwise comparisons naming a criterion that no longer exists (or comparing a criterion with itself) were dropped.',
      '2 weights in the weighting set “Board view” for a criterion that no longer exists were dropped.',
      'The chosen weighting set no longer existed, so the criteria’s own weights are used again.',
    ]);
  });

  it('keeps a criterion whose id is a name Object.prototype has, and weighs it correctly', () => {
    const project = withEvaluation({
      criteria: [
        CriterionSchema.parse({ id: 'hasOwnProperty', name: 'Own', group: 'delivery', weight: 1 }),
        CriterionSchema.parse({ id: 'toString', name: 'Text', group: 'delivery', weight: 3 }),
      ],
      scores: [],
      weighting: {
        method: 'direct',
        pairwise: [],
        activeSetId: 's',
        sets: [{ id: 's', name: 'S', weights: { toString: 1, hasOwnProperty: 1 } }],
      },
    });
    const outcome = accepted(read(project));
    expect(outcome.repairs).toEqual([]);
    expect(criterionWeights(outcome.value)).toEqual({ hasOwnProperty: 0.5, toString: 0.5 });
  });

  it('keeps every record of a valid file, and reports nothing', () => {
    const outcome = accepted(read(base));
    expect(outcome.value).toEqual(base);
    expect(outcome.repairs).toEqual([]);
    expect(outcome.unknownFields).toEqual([]);
  });

  it('reads 100,000 scores without dropping one', () => {
    const criteria = Array.from({ length: 100 }, (_, i) =>
      CriterionSchema.parse({ id: `c${i}`, name: `C${i}`, group: 'delivery' }),
    );
    const vendors = Array.from({ length: 100 }, (_, i) => VendorSchema.parse({ id: `v${i}`, name: `V${i}` }));
    const evaluators = Array.from({ length: 10 }, (_, i) => EvaluatorSchema.parse({ id: `e${i}`, name: `E${i}` }));
    const scores = vendors.flatMap((v) => criteria.flatMap((c) => evaluators.map((e) => score(v.id, c.id, e.id, 4))));
    const outcome = accepted(read(withEvaluation({ criteria, vendors, evaluators, scores })));
    expect(outcome.value.vendors.scores).toHaveLength(100_000);
  });
});

const withEvidence = (targets: string[]): Project => ({
  ...base,
  checklist: {
    items: base.checklist.items.map((item, i) =>
      i === 0 ? { ...item, evidence: targets.map((target, n) => ({ label: `Doc ${n}`, target })) } : item,
    ),
  },
});
const evidenceOf = (project: Project) => project.checklist.items[0]?.evidence.map((e) => e.target);

describe('evidence links', () => {
  it('keeps web, mail and local file links', () => {
    const targets = [
      'https://example.com/sla.pdf',
      'http://intranet/kpi',
      'mailto:cfo@example.com',
      'C:\\Docs\\a.xlsx',
      '/home/sam/a.pdf',
      'Binder on shelf 3',
    ];
    const outcome = accepted(read(withEvidence(targets)));
    expect(evidenceOf(outcome.value)).toEqual(targets);
    expect(outcome.repairs).toEqual([]);
  });

  it('removes the target of script, other-scheme, UNC and device links, keeping the label', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'file://server/share/a',
      'data:text/html,x',
      '\\\\server\\share\\a.pdf',
      '//server/share/a',
      '\\\\?\\C:\\a',
      '\\\\.\\pipe\\x',
      'smb://server/a',
    ];
    const outcome = accepted(read(withEvidence(hostile)));
    expect(evidenceOf(outcome.value)).toEqual(hostile.map(() => ''));
    expect(outcome.value.checklist.items[0]?.evidence[0]?.label).toBe('Doc 0');
    expect(outcome.repairs).toEqual([
      'The link of 9 pieces of evidence was removed: only web (https:, http:), e-mail (mailto:) and local file links are kept, not scripts, other schemes or network paths.',
    ]);
  });
});

describe('text that hides what it says', () => {
  it('removes bidirectional embedding, override and isolate controls from every text, keys included', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const project = withEvaluation({
      vendors: base.vendors.vendors.map((v, i) =>
        i === 0 ? { ...v, name: `Quarterly\u202Etxt.exe`, notes: controls } : v,
      ),
      weighting: { ...base.vendors.weighting, sets: [{ id: 's', name: 'S', weights: { 'cost\u2066': 2 } }] },
    });
    const outcome = accepted(read({ ...project, name: 'Acme\u202E' }));
    expect(outcome.value.name).toBe('Acme');
    expect(outcome.value.vendors.vendors[0]).toMatchObject({ name: 'Quarterlytxt.exe', notes: '' });
    expect(outcome.value.vendors.weighting.sets[0]?.weights).toEqual({ cost: 2 });
    expect(outcome.repairs[0]).toMatch(/^Hidden text-direction characters.* were removed from 4 texts\.$/);
    expect(outcome.repairs.join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('replaces lone surrogates (half a character) with U+FFFD', () => {
    const text = serializeProjectFile(base, meta).replace(`"name": "${base.name}"`, '"name": "Acme \\ud800 care"');
    const outcome = accepted(parseProjectFile(text));
    expect(outcome.value.name).toBe('Acme \uFFFD care');
    expect(outcome.repairs).toEqual(['Broken characters in 1 text were replaced with “\uFFFD”.']);
  });
});

describe('what the reader says about a file it refuses or does not fully know', () => {
  it('words schema problems in the words of the project, not of the validator', () => {
    const broken = withEvaluation({
      vendors: [{ ...base.vendors.vendors[0], name: '' } as Project['vendors']['vendors'][number]],
    });
    const error = refused(read(broken));
    expect(error).toMatchObject({ code: 'invalid-file', problem: 'schema' });
    expect(error.message).toBe('This project file is damaged: the name of vendor 1 is empty.');
  });

  it('names a value it does not know, and the record it is in, in words', () => {
    const items = base.checklist.items.map((item, index) => (index === 3 ? { ...item, status: 'doing' } : item));
    const error = refused(read({ ...base, checklist: { items } }));
    expect(error.message).toBe('This project file is damaged: checklist item 4 has an unknown status “doing”.');
  });

  it('tells a field of the wrong kind from a missing one', () => {
    const wrongKind = base.checklist.items.map((item, index) => (index === 1 ? { ...item, dueDate: 5 } : item));
    expect(refused(read({ ...base, checklist: { items: wrongKind } })).message).toBe(
      'This project file is damaged: the due date of checklist item 2 holds the wrong kind of value.',
    );
    const { title: _dropped, ...untitled } = base.checklist.items[0] ?? { title: '' };
    expect(refused(read({ ...base, checklist: { items: [untitled] } })).message).toBe(
      'This project file is damaged: the title of checklist item 1 is missing.',
    );
  });

  it('says "not valid JSON" only of text that is not JSON', () => {
    expect(refused(parseProjectFile('')).message).toMatch(/empty/);
    expect(refused(parseProjectFile('')).message).not.toMatch(/JSON/);
    const deep = `{"type":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const error = refused(parseProjectFile(deep));
    expect(error.message).not.toMatch(/not valid JSON/);
    expect(refused(parseProjectFile('{"type": ')).problem).toBe('not-json');
  });

  it('lists the fields it does not know instead of dropping them unnoticed', () => {
    const text = serializeProjectFile(base, meta)
      .replace('"currency": "USD",', '"currency": "USD", "forecast": {"q1": 3},')
      .replace('"vendors": [', '"vendors": [')
      .replace(`"id": "acme",`, '"id": "acme", "rating": "A+",');
    const outcome = accepted(parseProjectFile(text));
    expect(outcome.unknownFields).toEqual(['forecast', 'vendors.vendors.0.rating']);
  });
});
