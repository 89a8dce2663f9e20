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
  const vendors = Array.from({ length: 40 }, (_, v) => ({
    id: `vendor-${v}`,
    name: `Vendor ${v}`,
    quote:
      v % 2 === 0
        ? { pricingModel: 'all-inclusive', annualFee: 700_000 + v * 5_000, changeRequestsPerYear: 4, changeFee: 2_500 }
        : {
            pricingModel: 'itemised',
            lines: [
              { id: `line-${v}-a`, label: 'Agents', annualAmount: 600_000 + v * 4_000 },
              { id: `line-${v}-b`, label: 'Reporting', annualAmount: 40_000 },
            ],
            rampMonths: 3,
            parallelRunMonthlyCost: 20_000,
          },
  }));
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
        // Varied per vendor and criterion, so totals differ and flip points exist; evaluators disagree a little.
        score: Math.min(5, Math.max(1, 1 + ((v * 3 + c * 7) % 5) + (e % 3) - 1)),
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
  const plan = {
    goals: Array.from({ length: 5 }, (_, g) => ({
      id: `goal-${g}`,
      goal: `Goal ${g}`,
      contribution: note.slice(0, 200),
    })),
    expectations: Array.from({ length: 30 }, (_, x) => ({
      id: `kpi-${x}`,
      objective: `Outcome ${x}`,
      kpi: `KPI ${x}`,
      baseline: '70%',
      target: '80%',
      measurement: note.slice(0, 300),
      consequence: '2% service credit',
    })),
    risks: Array.from({ length: 40 }, (_, r) => ({
      id: `risk-${r}`,
      description: `Risk ${r}`,
      likelihood: (['low', 'medium', 'high'] as const)[r % 3],
      impact: (['low', 'medium', 'high'] as const)[(r * 2) % 3],
      mitigation: note.slice(0, 300),
      owner: `Owner ${r % 9}`,
    })),
    governance: {
      relationshipManager: { name: 'Owner 1', role: 'Head of service', timeShare: 0.5 },
      meetings: Array.from({ length: 6 }, (_, m) => ({
        id: `meeting-${m}`,
        name: `Meeting ${m}`,
        frequency: 'monthly',
      })),
      escalationPath: ['Team lead', 'Head of service', 'Director'],
    },
  };
  return ProjectSchema.parse({
    ...base,
    checklist: { items },
    costs: {
      ...base.costs,
      periods,
      transitionCosts: [
        { id: 'transition-1', kind: 'knowledge-transfer', label: 'Knowledge transfer', amount: 45_000 },
      ],
      retainedCosts: [{ id: 'retained-1', label: 'Relationship manager', annualAmount: 60_000 }],
    },
    plan,
    vendors: { ...base.vendors, vendors, criteria, evaluators, scores },
  });
}
