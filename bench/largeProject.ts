import { checklistAreaIds } from '../shared/model/checklist';
import { costCategoryIds } from '../shared/model/costs';
import { createProject, ProjectSchema, type Project } from '../shared/model/project';
import { criterionGroups } from '../shared/model/vendors';

/**
 * The large project of the issues' budgets: 40 vendors × 30 criteria × 5 evaluators, 120 checklist items
 * with 500-character notes, 10 years of cost history.
 */
export function largeProject(): Project {
  const base = createProject({
    name: 'Large benchmark project',
    functionTemplate: 'customer-service',
    now: new Date(0),
  });
  const note = 'n'.repeat(500);
  const vendors = Array.from({ length: 40 }, (_, v) => ({ id: `vendor-${v}`, name: `Vendor ${v}` }));
  const criteria = Array.from({ length: 30 }, (_, c) => ({
    id: `criterion-${c}`,
    name: `Criterion ${c}`,
    question: `How does the provider handle situation ${c}?`,
    group: criterionGroups[c % criterionGroups.length],
    rubric: { 1: 'Rigid, one size fits all.', 3: 'Some flexibility.', 5: 'Designed with us.' },
    weight: 1 + (c % 5),
  }));
  const evaluators = Array.from({ length: 5 }, (_, e) => ({ id: `evaluator-${e}`, name: `Evaluator ${e}` }));
  const scores = vendors.flatMap((vendor, v) =>
    criteria.flatMap((criterion, c) =>
      evaluators.map((evaluator, e) => ({
        vendorId: vendor.id,
        criterionId: criterion.id,
        evaluatorId: evaluator.id,
        score: 1 + ((v + c + e) % 5),
      })),
    ),
  );
  const items = Array.from({ length: 120 }, (_, i) => ({
    id: `item-${i}`,
    areaId: checklistAreaIds[i % checklistAreaIds.length],
    title: `Readiness item ${i}`,
    guidance: 'Why this matters, in a sentence or two.',
    weight: 1 + (i % 3),
    mustHave: i % 7 === 0,
    source: 'Benchmark',
    status: (['todo', 'in-progress', 'done', 'n/a'] as const)[i % 4],
    owner: `Owner ${i % 9}`,
    dueDate: '2027-03-01',
    notes: note,
  }));
  const periods = Array.from({ length: 10 }, (_, y) => ({
    id: `year-${2016 + y}`,
    label: `FY${2016 + y}`,
    start: `${2016 + y}-01-01`,
    amounts: Object.fromEntries(costCategoryIds.map((category, k) => [category, 10_000 * (k + 1) + y * 1_000])),
    volume: 50_000 + y * 1_000,
  }));
  return ProjectSchema.parse({
    ...base,
    checklist: { items },
    costs: { ...base.costs, periods },
    vendors: { ...base.vendors, vendors, criteria, evaluators, scores },
  });
}
