import fc from 'fast-check';
import { costCategoryIds, type CostCategoryId } from '../../../shared/model/costCategories';
import {
  CostPeriodSchema,
  RetainedCostSchema,
  TransitionCostSchema,
  type CostPeriod,
  type Costs,
} from '../../../shared/model/costs';
import { createProject, type Project } from '../../../shared/model/project';
import { VendorSchema, type Quote, type Vendor } from '../../../shared/model/vendors';

const baseProject = createProject({ name: 'P', functionTemplate: 'customer-service' });

export function period(
  label: string,
  start: string,
  amounts: Partial<Record<CostCategoryId, number>>,
  { kind = 'year', volume = null }: { kind?: CostPeriod['kind']; volume?: number | null } = {},
): CostPeriod {
  return CostPeriodSchema.parse({ id: `period-${label}`, label, kind, start, amounts, volume });
}

export function vendor(id: string, name: string, quote: Partial<Quote> = {}): Vendor {
  return VendorSchema.parse({ id, name, quote });
}

export const transitionCost = (amount: number, id = `transition-${amount}`) =>
  TransitionCostSchema.parse({ id, kind: 'knowledge-transfer', amount });

export const retainedCost = (annualAmount: number, id = `retained-${annualAmount}`) =>
  RetainedCostSchema.parse({ id, label: 'Relationship manager', annualAmount });

/** A valid project with these costs and vendors; everything else as a new project has it. */
export function projectWithCosts(costs: Partial<Costs>, vendors: Vendor[] = []): Project {
  return {
    ...baseProject,
    costs: { ...baseProject.costs, ...costs },
    vendors: { ...baseProject.vendors, vendors },
  };
}

/** Any amount the model accepts, with ordinary ones drawn often. */
export const moneyArb = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.double({ min: -1e13, max: 1e13, noNaN: true }).map((value) => (value === 0 ? 0 : value)),
);
const nonNegativeArb = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.double({ min: 0, max: 1e13, noNaN: true }).map((value) => (value === 0 ? 0 : value)),
);

export const periodStarts = [
  '2022-01-01',
  '2023-01-01',
  '2024-01-01',
  '2024-04-01',
  '2024-07-01',
  '2024-10-01',
  '2025-01-01',
  '2025-04-01',
] as const;

export const amountsArb = fc.dictionary(fc.constantFrom(...costCategoryIds), moneyArb, {
  maxKeys: costCategoryIds.length,
}) as fc.Arbitrary<Partial<Record<CostCategoryId, number>>>;

export const periodArb = fc
  .record({
    label: fc.string({ minLength: 1, maxLength: 12 }).filter((label) => label.trim() === label && label !== ''),
    kind: fc.constantFrom('year' as const, 'quarter' as const),
    start: fc.constantFrom(...periodStarts),
    amounts: amountsArb,
    volume: fc.option(nonNegativeArb, { nil: null }),
  })
  .map((fields) => CostPeriodSchema.parse({ id: `period-${fields.kind}-${fields.start}`, ...fields }));

export const quoteArb: fc.Arbitrary<Partial<Quote>> = fc.record({
  pricingModel: fc.constantFrom('all-inclusive' as const, 'itemised' as const),
  annualFee: fc.option(nonNegativeArb, { nil: null }),
  lines: fc
    .array(moneyArb, { maxLength: 3 })
    .map((amounts) => amounts.map((annualAmount, index) => ({ id: `line-${index}`, label: 'Line', annualAmount }))),
  changeRequestsPerYear: fc.oneof(fc.integer({ min: 0, max: 50 }), nonNegativeArb),
  changeFee: nonNegativeArb,
  rampMonths: fc.integer({ min: 0, max: 60 }),
  parallelRunMonthlyCost: nonNegativeArb,
});

/** Any project the model accepts, as far as the business case reads it. */
export const costProjectArb: fc.Arbitrary<Project> = fc
  .record({
    periods: fc.uniqueArray(periodArb, { maxLength: 8, selector: (p) => p.id }),
    quotes: fc.array(quoteArb, { maxLength: 4 }),
    transitionCosts: fc.array(moneyArb, { maxLength: 3 }),
    retainedCosts: fc.array(moneyArb, { maxLength: 3 }),
    horizonYears: fc.integer({ min: 1, max: 15 }),
    discountRate: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ periods, quotes, transitionCosts, retainedCosts, horizonYears, discountRate }) =>
    projectWithCosts(
      {
        periods,
        transitionCosts: transitionCosts.map((amount, index) => transitionCost(amount, `t${index}`)),
        retainedCosts: retainedCosts.map((amount, index) => retainedCost(amount, `r${index}`)),
        horizonYears,
        discountRate,
      },
      quotes.map((quote, index) => vendor(`v${index}`, `Vendor ${index}`, quote)),
    ),
  );
