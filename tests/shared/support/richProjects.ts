import fc from 'fast-check';
import { ChecklistItemSchema } from '../../../shared/model/checklist';
import { CostPeriodSchema, RetainedCostSchema, TransitionCostSchema } from '../../../shared/model/costs';
import { evidenceTargetKind } from '../../../shared/model/evidenceTarget';
import { ExpectationSchema, MeetingSchema, RiskSchema, StrategicGoalSchema } from '../../../shared/model/plan';
import { createProject, ProjectSchema, type Project } from '../../../shared/model/project';
import { CriterionSchema, EvaluatorSchema, VendorSchema } from '../../../shared/model/vendors';

/** Plain words and ids, without the characters the reader cleans away, so a valid project reads back as it is. */
const word = fc.stringMatching(/^[A-Za-z0-9 éü’-]{1,12}$/).filter((text) => text.trim() === text && text !== '');
const idList = (prefix: string, max: number) =>
  fc.integer({ min: 0, max }).map((n) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`));

/**
 * A valid project with every collection filled and every reference resolving: checklist evidence, cost
 * periods and one-off costs, vendors with quote lines, criteria, evaluators, one score per vendor ×
 * criterion × evaluator at most, weighting sets and pairwise judgments, plan goals, expectations, risks, meetings.
 */
export const richProjectArb: fc.Arbitrary<Project> = fc
  .record({
    name: word,
    vendorIds: idList('v', 4),
    criterionIds: idList('c', 5),
    evaluatorIds: idList('e', 3),
    scoreSeed: fc.array(fc.boolean(), { maxLength: 60 }),
    scoreValues: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 60, maxLength: 60 }),
    setCount: fc.integer({ min: 0, max: 2 }),
    activeSet: fc.boolean(),
    judgments: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(1 / 3, 1, 3, 5)), { maxLength: 6 }),
    evidence: fc.array(
      fc.record({
        label: word,
        target: fc.constantFrom(
          'https://example.com/a',
          'mailto:cfo@example.com',
          'C:\\Docs\\baseline.xlsx',
          '/home/a.pdf',
          '',
        ),
      }),
      { maxLength: 3 },
    ),
    periods: idList('p', 3),
    transition: idList('t', 2),
    retained: idList('r', 2),
    lines: idList('l', 2),
    goals: idList('g', 2),
    expectations: idList('x', 2),
    risks: idList('k', 2),
    meetings: idList('m', 2),
  })
  .map((spec) => {
    const base = createProject({
      name: spec.name,
      functionTemplate: 'collections',
      now: new Date('2026-01-05T10:00:00Z'),
    });
    const triples = spec.vendorIds.flatMap((vendorId) =>
      spec.criterionIds.flatMap((criterionId) =>
        spec.evaluatorIds.map((evaluatorId) => ({ vendorId, criterionId, evaluatorId })),
      ),
    );
    const scores = triples
      .filter((_, i) => spec.scoreSeed[i % Math.max(1, spec.scoreSeed.length)] ?? false)
      .map((triple, i) => ({ ...triple, score: spec.scoreValues[i % 60] ?? 3, note: '' }));
    const sets = Array.from({ length: spec.setCount }, (_, i) => ({
      id: `set-${i}`,
      name: `Set ${i}`,
      weights: Object.fromEntries(spec.criterionIds.map((id, c) => [id, c + i])),
    }));
    const criteria = spec.criterionIds;
    const pairwise =
      criteria.length < 2
        ? []
        : spec.judgments
            .map(([a, b, value]) => ({
              a: criteria[a % criteria.length] ?? '',
              b: criteria[b % criteria.length] ?? '',
              value,
            }))
            .filter((judgment) => judgment.a !== judgment.b);
    const items = base.checklist.items.map((item, i) => (i === 0 ? { ...item, evidence: spec.evidence } : item));
    return ProjectSchema.parse({
      ...base,
      checklist: {
        items: [...items, ChecklistItemSchema.parse({ id: 'custom-1', areaId: 'risk', title: 'Custom', custom: true })],
      },
      costs: {
        ...base.costs,
        periods: spec.periods.map((id, i) =>
          CostPeriodSchema.parse({
            id,
            label: `Year ${i}`,
            start: `202${i}-01-01`,
            amounts: { labour: 1000 * (i + 1) },
          }),
        ),
        transitionCosts: spec.transition.map((id) =>
          TransitionCostSchema.parse({ id, kind: 'knowledge-transfer', amount: 500 }),
        ),
        retainedCosts: spec.retained.map((id) =>
          RetainedCostSchema.parse({ id, label: 'Manager', annualAmount: 9000 }),
        ),
      },
      vendors: {
        ...base.vendors,
        vendors: spec.vendorIds.map((id) =>
          VendorSchema.parse({
            id,
            name: `Vendor ${id}`,
            quote: {
              pricingModel: 'itemised',
              lines: spec.lines.map((line) => ({ id: line, label: 'Line', annualAmount: 100 })),
            },
          }),
        ),
        criteria: criteria.map((id) => CriterionSchema.parse({ id, name: `Criterion ${id}`, group: 'delivery' })),
        evaluators: spec.evaluatorIds.map((id) => EvaluatorSchema.parse({ id, name: `Evaluator ${id}` })),
        scores,
        weighting: {
          method: pairwise.length > 0 ? 'ahp' : 'direct',
          pairwise,
          sets,
          activeSetId: spec.activeSet && sets[0] ? sets[0].id : null,
        },
      },
      plan: {
        ...base.plan,
        goals: spec.goals.map((id) => StrategicGoalSchema.parse({ id, goal: 'Grow abroad' })),
        expectations: spec.expectations.map((id) => ExpectationSchema.parse({ id, objective: 'Answer fast' })),
        risks: spec.risks.map((id) => RiskSchema.parse({ id, description: 'Attrition' })),
        governance: {
          ...base.plan.governance,
          meetings: spec.meetings.map((id) => MeetingSchema.parse({ id, name: 'Review', frequency: 'monthly' })),
        },
      },
    });
  });

const bidiOrLoneSurrogate =
  /[\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function duplicateOf(values: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return null;
}

const idsOf = (records: ReadonlyArray<{ id: string }>) => records.map((record) => record.id);

/**
 * What every project the reader accepts must satisfy, checked independently of the reader's own code:
 * an empty list means all hold.
 */
export function invariantViolations(project: Project): string[] {
  const problems: string[] = [];
  const { checklist, costs, vendors, plan } = project;
  const collections: Array<[string, string[]]> = [
    ['checklist item', idsOf(checklist.items)],
    ['period', idsOf(costs.periods)],
    ['transition cost', idsOf(costs.transitionCosts)],
    ['retained cost', idsOf(costs.retainedCosts)],
    ['vendor', idsOf(vendors.vendors)],
    ...vendors.vendors.map((vendor): [string, string[]] => ['quote line', idsOf(vendor.quote.lines)]),
    ['criterion', idsOf(vendors.criteria)],
    ['evaluator', idsOf(vendors.evaluators)],
    ['weighting set', idsOf(vendors.weighting.sets)],
    ['strategic goal', idsOf(plan.goals)],
    ['expectation', idsOf(plan.expectations)],
    ['risk', idsOf(plan.risks)],
    ['meeting', idsOf(plan.governance.meetings)],
    ['score', vendors.scores.map((s) => JSON.stringify([s.vendorId, s.criterionId, s.evaluatorId]))],
  ];
  for (const [what, ids] of collections) {
    const duplicate = duplicateOf(ids.map((id) => id.normalize('NFC')));
    if (duplicate !== null) problems.push(`duplicate ${what} id ${duplicate}`);
  }

  const vendorIds = new Set(vendors.vendors.map((x) => x.id));
  const criterionIds = new Set(vendors.criteria.map((x) => x.id));
  const evaluatorIds = new Set(vendors.evaluators.map((x) => x.id));
  for (const score of vendors.scores) {
    if (!vendorIds.has(score.vendorId)) problems.push(`score for missing vendor ${score.vendorId}`);
    if (!criterionIds.has(score.criterionId)) problems.push(`score on missing criterion ${score.criterionId}`);
    if (!evaluatorIds.has(score.evaluatorId)) problems.push(`score by missing evaluator ${score.evaluatorId}`);
  }
  const { weighting } = vendors;
  if (weighting.activeSetId !== null && !weighting.sets.some((set) => set.id === weighting.activeSetId)) {
    problems.push(`active set ${weighting.activeSetId} missing`);
  }
  for (const judgment of weighting.pairwise) {
    if (!criterionIds.has(judgment.a) || !criterionIds.has(judgment.b)) problems.push('judgment on missing criterion');
  }
  for (const set of weighting.sets) {
    for (const key of Object.keys(set.weights)) {
      if (!criterionIds.has(key)) problems.push(`set ${set.id} weighs missing criterion ${key}`);
    }
  }
  for (const item of checklist.items) {
    for (const evidence of item.evidence) {
      if (evidenceTargetKind(evidence.target) === 'refused') problems.push(`unsafe evidence ${evidence.target}`);
    }
  }
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        texts.push(key);
        collect(item);
      }
    }
  };
  collect(project);
  if (texts.some((text) => bidiOrLoneSurrogate.test(text))) problems.push('text with bidi controls or lone surrogates');
  return problems;
}
