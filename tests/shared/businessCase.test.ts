import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessCaseFormulas,
  buildBusinessCase,
  businessCaseOf,
  categoryTotal,
  cumulativeCashFlow,
  periodTotal,
  type BusinessCase,
  type BusinessCaseOption,
} from '../../shared/domain/businessCase';
import type { Project } from '../../shared/model/project';
import type { Quote } from '../../shared/model/vendors';
import {
  costProjectArb,
  period,
  projectWithCosts,
  quoteArb,
  retainedCost,
  transitionCost,
  vendor,
} from './support/costProjects';

/** Σₜ₌₁..₃ 1 / 1.08ᵗ = 0.925926 + 0.857339 + 0.793832 = 2.577097: three year-end savings discounted at 8%. */
const annuity3y8 = 1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3;

/**
 * Today: FY2024 cost 100 000 labour + 20 000 technology = 120 000 for 10 000 contacts.
 * Retained organisation 10 000 a year; one-time transition 15 000; horizon 3 years at 8% (the defaults).
 */
const fy2024 = period('FY2024', '2024-01-01', { labour: 100_000, technology: 20_000 }, { volume: 10_000 });
const acme = vendor('acme', 'Acme', {
  annualFee: 80_000,
  changeRequestsPerYear: 4,
  changeFee: 500,
  rampMonths: 3,
  parallelRunMonthlyCost: 5_000,
});
const itemised = vendor('lines', 'Lineco', {
  pricingModel: 'itemised',
  lines: [
    { id: 'a', label: 'Agents', annualAmount: 50_000 },
    { id: 'b', label: 'Tooling', annualAmount: 30_000 },
    { id: 'c', label: 'Management', annualAmount: 25_000 },
  ],
});
const dear = vendor('dear', 'Dearco', { annualFee: 106_000 });
const unpriced = vendor('unpriced', 'Nofee');

const example = projectWithCosts(
  { periods: [fy2024], retainedCosts: [retainedCost(10_000)], transitionCosts: [transitionCost(15_000)] },
  [acme, itemised, dear, unpriced],
);

function optionOf(businessCase: BusinessCase, id: string): BusinessCaseOption {
  const option = businessCase.options.find((candidate) => candidate.id === id);
  if (!option) throw new Error(`no option ${id}`);
  return option;
}

describe('buildBusinessCase, checked by hand', () => {
  const businessCase = buildBusinessCase(example);

  it('takes the latest year as the baseline, with its cost per unit', () => {
    expect(businessCase.baseline).toMatchObject({
      kind: 'year',
      periodIds: [fy2024.id],
      label: 'FY2024',
      annualCost: 120_000, // 100 000 + 20 000
      volume: 10_000,
      costPerUnit: 12, // 120 000 ÷ 10 000
      byCategory: { labour: 100_000, technology: 20_000 },
      missing: [],
    });
    expect(businessCase.horizonYears).toBe(3);
    expect(businessCase.discountRate).toBe(0.08);
  });

  it('prices an all-inclusive quote: saving, share, NPV, payback and price sensitivity', () => {
    const option = optionOf(businessCase, 'acme');
    // F = 80 000; C = 4 × 500 = 2 000; V = F + C + R = 80 000 + 2 000 + 10 000 = 92 000.
    expect(option).toMatchObject({ fee: 80_000, changeCost: 2_000, retainedCost: 10_000, annualCost: 92_000 });
    // T = 15 000 + 3 months × 5 000 = 30 000.
    expect(option.oneTimeCost).toBe(30_000);
    // S = 120 000 − 92 000 = 28 000; share = 28 000 ÷ 120 000 = 0.2333.
    expect(option.annualSaving).toBe(28_000);
    expect(option.savingShare).toBeCloseTo(0.233_333_333, 9);
    // NPV = −30 000 + 28 000 × 2.577097 = −30 000 + 72 158.72 = 42 158.72.
    expect(option.npv).toBeCloseTo(42_158.7156, 3);
    // Payback = 12 × 30 000 ÷ 28 000 = 12.857 months (≤ 36).
    expect(option.paybackMonths).toBeCloseTo(12.857_142_857, 8);
    // At 80%: V = 0.8 × 82 000 + 10 000 = 75 600, S = 44 400, NPV = 44 400 × 2.577097 − 30 000 = 84 423.11.
    expect(option.priceSensitivity.at80).toBeCloseTo(84_423.1062, 3);
    // At 120%: V = 1.2 × 82 000 + 10 000 = 108 400, S = 11 600, NPV = 11 600 × 2.577097 − 30 000 = −105.67.
    expect(option.priceSensitivity.at120).toBeCloseTo(-105.6749, 3);
    expect(option.missing).toEqual([]);
  });

  it('adds up an itemised quote; a payback of exactly the horizon still counts', () => {
    const option = optionOf(businessCase, 'lines');
    // F = 50 000 + 30 000 + 25 000 = 105 000; V = 105 000 + 0 + 10 000 = 115 000; S = 5 000; T = 15 000.
    expect(option).toMatchObject({ fee: 105_000, annualCost: 115_000, annualSaving: 5_000, oneTimeCost: 15_000 });
    // Payback = 12 × 15 000 ÷ 5 000 = 36 months = 12 × 3: within the horizon.
    expect(option.paybackMonths).toBe(36);
    // NPV = −15 000 + 5 000 × 2.577097 = −2 114.52.
    expect(option.npv).toBeCloseTo(-2_114.515, 2);
    expect(option.npv).toBeCloseTo(-15_000 + 5_000 * annuity3y8, 9);
  });

  it('has no payback beyond the horizon, and says so', () => {
    const option = optionOf(businessCase, 'dear');
    // V = 106 000 + 10 000 = 116 000; S = 4 000; 12 × 15 000 ÷ 4 000 = 45 months > 36.
    expect(option.annualSaving).toBe(4_000);
    expect(option.paybackMonths).toBeNull();
    expect(option.notes).toContain('Does not pay back within 3 years.');
  });

  it('leaves the figures of a quote without a price empty and says what to enter', () => {
    const option = optionOf(businessCase, 'unpriced');
    expect(option).toMatchObject({
      fee: null,
      annualCost: null,
      annualSaving: null,
      savingShare: null,
      npv: null,
      paybackMonths: null,
      priceSensitivity: { at80: null, at120: null },
    });
    expect(option.oneTimeCost).toBe(15_000);
    expect(option.missing).toEqual(["Enter Nofee's yearly all-inclusive price."]);
  });

  it('puts keeping the work in-house first and marks the best NPV', () => {
    expect(businessCase.options.map((option) => option.id)).toEqual(['in-house', 'acme', 'lines', 'dear', 'unpriced']);
    expect(businessCase.options[0]).toMatchObject({
      name: 'Keep in-house',
      kind: 'in-house',
      annualCost: 120_000,
      oneTimeCost: 0,
      annualSaving: 0,
      savingShare: 0,
      npv: 0,
      paybackMonths: null,
      priceSensitivity: { at80: null, at120: null },
    });
    expect(businessCase.bestOptionId).toBe('acme');
  });

  it('keeps in-house as the best option when no vendor beats it, and has none without any vendor NPV', () => {
    const losing = projectWithCosts({ periods: [fy2024] }, [vendor('x', 'X', { annualFee: 200_000 })]);
    expect(buildBusinessCase(losing).bestOptionId).toBe('in-house');
    const unpricedOnly = projectWithCosts({ periods: [fy2024] }, [unpriced]);
    expect(buildBusinessCase(unpricedOnly).bestOptionId).toBeNull();
  });

  it('pays back at once when there is no one-time cost', () => {
    const project = projectWithCosts({ periods: [fy2024] }, [vendor('x', 'X', { annualFee: 100_000 })]);
    expect(optionOf(buildBusinessCase(project), 'x').paybackMonths).toBe(0);
  });

  it('uses the project horizon and discount rate', () => {
    // S = 120 000 − 100 000 = 20 000; NPV over 2 years at 10% = 20 000 / 1.1 + 20 000 / 1.21 = 34 710.74.
    const project = projectWithCosts({ periods: [fy2024], horizonYears: 2, discountRate: 0.1 }, [
      vendor('x', 'X', { annualFee: 100_000 }),
    ]);
    expect(optionOf(buildBusinessCase(project), 'x').npv).toBeCloseTo(34_710.7438, 3);
  });

  it('writes a formula for every figure', () => {
    for (const formula of Object.values(businessCaseFormulas)) expect(formula.length).toBeGreaterThan(10);
  });
});

const quarter = (label: string, start: string, labour: number | null, volume: number | null = 100) =>
  period(label, start, labour === null ? {} : { labour }, { kind: 'quarter', volume });

describe('baseline period', () => {
  const q1y24 = quarter('Q1 2024', '2024-01-01', 10);
  const q2y24 = quarter('Q2 2024', '2024-04-01', 20);
  const q3y24 = quarter('Q3 2024', '2024-07-01', 30);
  const q4y24 = quarter('Q4 2024', '2024-10-01', 40);
  const q1y25 = quarter('Q1 2025', '2025-01-01', 50);

  it('adds up the four latest quarters when they follow each other', () => {
    // Entered out of order on purpose: the rule goes by start date. 20 + 30 + 40 + 50 = 140; volume 4 × 100.
    const { baseline } = buildBusinessCase(projectWithCosts({ periods: [q3y24, q1y25, q1y24, q2y24, q4y24] }));
    expect(baseline).toMatchObject({
      kind: 'quarters',
      periodIds: [q2y24.id, q3y24.id, q4y24.id, q1y25.id],
      label: 'Q2 2024 – Q1 2025',
      annualCost: 140,
      volume: 400,
      costPerUnit: 0.35,
      byCategory: { labour: 140 },
      missing: [],
    });
  });

  it('has no baseline when the four latest quarters leave a gap', () => {
    const { baseline } = buildBusinessCase(projectWithCosts({ periods: [q1y24, q2y24, q4y24, q1y25] }));
    expect(baseline.kind).toBeNull();
    expect(baseline.annualCost).toBeNull();
    expect(baseline.missing).toEqual([
      'The last four quarters are not in a row: Q4 2024 does not start three months after Q2 2024. Enter the quarter in between, or a full year.',
    ]);
  });

  it('needs four quarters', () => {
    const { baseline } = buildBusinessCase(projectWithCosts({ periods: [q1y24, q2y24, q3y24] }));
    expect(baseline.annualCost).toBeNull();
    expect(baseline.missing).toEqual(['Enter four quarters in a row, or a full year (3 quarters are entered so far).']);
  });

  it('accepts quarters starting at the end of a month', () => {
    const ends = ['2024-01-31', '2024-04-30', '2024-07-31', '2024-10-31'].map((start, index) =>
      quarter(`Q${index + 1}`, start, 1),
    );
    expect(buildBusinessCase(projectWithCosts({ periods: ends })).baseline.annualCost).toBe(4);
  });

  it('has no baseline when a baseline quarter has no amount', () => {
    const empty = quarter('Q3 2024', '2024-07-01', null);
    const { baseline } = buildBusinessCase(projectWithCosts({ periods: [q1y24, q2y24, empty, q4y24] }));
    expect(baseline.kind).toBe('quarters');
    expect(baseline.annualCost).toBeNull();
    expect(baseline.missing).toContain('Enter the costs of Q3 2024.');
  });

  it('prefers the latest year to later quarters, and does not fall back when that year is empty', () => {
    const fy2023 = period('FY2023', '2023-01-01', { labour: 1 });
    expect(
      buildBusinessCase(projectWithCosts({ periods: [fy2023, q1y24, q2y24, q3y24, q4y24] })).baseline,
    ).toMatchObject({ kind: 'year', annualCost: 1 });
    const emptyYear = period('FY2024', '2024-01-01', {});
    const { baseline } = buildBusinessCase(projectWithCosts({ periods: [fy2023, emptyYear, q1y24, q2y24, q3y24] }));
    expect(baseline).toMatchObject({ kind: 'year', periodIds: [emptyYear.id], annualCost: null });
    expect(baseline.missing).toContain('Enter the costs of FY2024.');
  });

  it('asks for cost history when there is none, and the vendors say so too', () => {
    const businessCase = buildBusinessCase(projectWithCosts({}, [acme]));
    expect(businessCase.baseline.missing).toEqual([
      'Enter your costs for the last full year, or for the last four quarters.',
    ]);
    expect(businessCase.options[0]?.annualCost).toBeNull();
    expect(businessCase.options[0]?.missing).toEqual(businessCase.baseline.missing);
    const option = optionOf(businessCase, 'acme');
    expect(option.annualCost).toBe(82_000);
    expect(option.annualSaving).toBeNull();
    expect(option.npv).toBeNull();
    expect(option.missing).toEqual(businessCase.baseline.missing);
  });

  it('has no volume when a baseline quarter lacks one, and asks for it', () => {
    const noVolume = quarter('Q4 2024', '2024-10-01', 40, null);
    const { baseline } = buildBusinessCase(projectWithCosts({ periods: [q1y24, q2y24, q3y24, noVolume] }));
    expect(baseline).toMatchObject({ annualCost: 100, volume: null, costPerUnit: null });
    expect(baseline.missing).toEqual(['Enter the volume (contacts) of Q4 2024 to see the cost per unit.']);
  });

  it('follows each category from the first to the latest year and names the fastest growing', () => {
    const first = period('FY2022', '2022-01-01', {
      labour: 100_000,
      technology: 10_000,
      facilities: 30_000,
      'errors-rework': 5_000,
      other: 1_000,
    });
    const middle = period('FY2023', '2023-01-01', { labour: 1 });
    const latest = period('FY2024', '2024-01-01', {
      labour: 120_000, // +20%
      technology: 15_000, // +50%
      facilities: 27_000, // −10%
      'errors-rework': 6_000, // +20%, after labour in category order
      other: 1_100, // +10%: fourth, left out
      benefits: 9_000, // new: no change to compute
    });
    const { baseline } = buildBusinessCase(projectWithCosts({ periods: [latest, first, middle] }));
    expect(baseline.trendFrom).toBe(first.id);
    expect(baseline.trendTo).toBe(latest.id);
    expect(baseline.trend).toContainEqual({
      categoryId: 'facilities',
      first: 30_000,
      latest: 27_000,
      change: -3_000,
      changeShare: -0.1,
    });
    expect(baseline.trend).toContainEqual({
      categoryId: 'benefits',
      first: null,
      latest: 9_000,
      change: null,
      changeShare: null,
    });
    expect(baseline.trend.map((row) => row.categoryId)).not.toContain('management');
    expect(baseline.fastestGrowing).toEqual(['technology', 'labour', 'errors-rework']);
  });

  it('has no trend with a single year', () => {
    expect(buildBusinessCase(example).baseline).toMatchObject({ trend: [], trendFrom: null, fastestGrowing: [] });
  });
});

describe('period and category totals', () => {
  it('adds up entered amounts only, and is null when nothing is entered', () => {
    expect(periodTotal(fy2024)).toBe(120_000);
    expect(periodTotal(period('Empty', '2024-01-01', {}))).toBeNull();
    expect(periodTotal(period('Zero', '2024-01-01', { other: 0 }))).toBe(0);
    const other = period('FY2023', '2023-01-01', { labour: 5 });
    expect(categoryTotal([fy2024, other], 'labour')).toBe(100_005);
    expect(categoryTotal([fy2024, other], 'benefits')).toBeNull();
  });
});

describe('cumulativeCashFlow', () => {
  const businessCase = buildBusinessCase(example);

  it('starts at minus the one-time cost and adds the saving each year', () => {
    // T = 30 000, S = 28 000.
    expect(cumulativeCashFlow(optionOf(businessCase, 'acme'), 3)).toEqual([
      { year: 0, cumulative: -30_000 },
      { year: 1, cumulative: -2_000 },
      { year: 2, cumulative: 26_000 },
      { year: 3, cumulative: 54_000 },
    ]);
  });

  it('ends at the NPV when discounted', () => {
    const option = optionOf(businessCase, 'acme');
    expect(cumulativeCashFlow(option, 3, 0.08).at(-1)?.cumulative).toBeCloseTo(option.npv ?? Number.NaN, 9);
  });

  it('is flat at zero for keeping in-house and empty for an option without figures', () => {
    expect(cumulativeCashFlow(optionOf(businessCase, 'in-house'), 2).map((p) => p.cumulative)).toEqual([0, 0, 0]);
    expect(cumulativeCashFlow(optionOf(businessCase, 'unpriced'), 2).map((p) => p.cumulative)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

/** Every number anywhere in a value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

const withQuote = (project: Project, quote: Partial<Quote>): Project =>
  projectWithCosts(project.costs, [vendor('v', 'V', quote)]);

describe('buildBusinessCase properties', () => {
  it('never gives NaN or Infinity, whatever the project', () => {
    fc.assert(
      fc.property(costProjectArb, (project) => {
        const businessCase = buildBusinessCase(project);
        for (const value of numbersIn(businessCase)) expect(Number.isFinite(value)).toBe(true);
        for (const option of businessCase.options) {
          for (const point of cumulativeCashFlow(option, businessCase.horizonYears, businessCase.discountRate)) {
            expect(point.cumulative === null || Number.isFinite(point.cumulative)).toBe(true);
          }
        }
      }),
    );
  });

  it('puts keeping in-house first, saving nothing, then one option per vendor in order', () => {
    fc.assert(
      fc.property(costProjectArb, (project) => {
        const { options, baseline } = buildBusinessCase(project);
        expect(options[0]).toMatchObject({ id: 'in-house', annualSaving: 0, oneTimeCost: 0, npv: 0 });
        expect(options[0]?.annualCost).toBe(baseline.annualCost);
        expect(options.slice(1).map((option) => option.id)).toEqual(project.vendors.vendors.map((v) => v.id));
      }),
    );
  });

  it('never raises a vendor NPV when its price rises', () => {
    fc.assert(
      fc.property(costProjectArb, quoteArb, fc.double({ min: 0, max: 1e12, noNaN: true }), (project, quote, rise) => {
        const cheaper = buildBusinessCase(withQuote(project, { ...quote, pricingModel: 'all-inclusive' }));
        const fee = quote.annualFee ?? 0;
        const dearer = buildBusinessCase(
          withQuote(project, { ...quote, pricingModel: 'all-inclusive', annualFee: Math.min(fee + rise, 1e13) }),
        );
        const before = cheaper.options[1]?.npv;
        const after = dearer.options[1]?.npv;
        if (typeof before === 'number' && typeof after === 'number') expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('pays back sooner (or as soon) when the saving is larger and the one-time cost the same', () => {
    fc.assert(
      fc.property(
        costProjectArb,
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (project, feeA, feeB) => {
          const lowerFee = Math.min(feeA, feeB);
          const higherFee = Math.max(feeA, feeB);
          const businessCase = buildBusinessCase(
            projectWithCosts(project.costs, [
              vendor('cheap', 'Cheap', { annualFee: lowerFee, rampMonths: 2, parallelRunMonthlyCost: 1_000 }),
              vendor('dear', 'Dear', { annualFee: higherFee, rampMonths: 2, parallelRunMonthlyCost: 1_000 }),
            ]),
          );
          const cheapPayback = businessCase.options[1]?.paybackMonths ?? null;
          const dearPayback = businessCase.options[2]?.paybackMonths ?? null;
          if (dearPayback !== null) {
            expect(cheapPayback).not.toBeNull();
            expect(cheapPayback ?? Infinity).toBeLessThanOrEqual(dearPayback);
          }
        },
      ),
    );
  });

  it('gives null and says what is missing, never 0, when a vendor has no price', () => {
    fc.assert(
      fc.property(costProjectArb, quoteArb, fc.boolean(), (project, quote, itemisedQuote) => {
        const unpricedQuote: Partial<Quote> = itemisedQuote
          ? { ...quote, pricingModel: 'itemised', lines: [] }
          : { ...quote, pricingModel: 'all-inclusive', annualFee: null };
        const option = buildBusinessCase(withQuote(project, unpricedQuote)).options[1];
        expect(option).toMatchObject({
          fee: null,
          annualCost: null,
          annualSaving: null,
          savingShare: null,
          npv: null,
          paybackMonths: null,
          priceSensitivity: { at80: null, at120: null },
        });
        expect(option?.missing.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives null and says what is missing, never 0, without cost history', () => {
    fc.assert(
      fc.property(costProjectArb, (project) => {
        const businessCase = buildBusinessCase(
          projectWithCosts({ ...project.costs, periods: [] }, project.vendors.vendors),
        );
        expect(businessCase.baseline.annualCost).toBeNull();
        expect(businessCase.bestOptionId).toBeNull();
        for (const option of businessCase.options.slice(1)) {
          expect(option.annualSaving).toBeNull();
          expect(option.npv).toBeNull();
          expect(option.missing.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('marks as best an option with the highest NPV', () => {
    fc.assert(
      fc.property(costProjectArb, (project) => {
        const { options, bestOptionId } = buildBusinessCase(project);
        const npvs = options.flatMap((option) => (option.npv === null ? [] : [option.npv]));
        if (bestOptionId === null) return;
        expect(options.find((option) => option.id === bestOptionId)?.npv).toBe(Math.max(...npvs));
      }),
    );
  });
});

describe('businessCaseOf', () => {
  it('works the case out once for the same costs and vendors, and again when either changes', () => {
    const first = businessCaseOf(example);
    expect(first).toEqual(buildBusinessCase(example));
    expect(businessCaseOf({ ...example, name: 'Renamed' })).toBe(first);
    const costs = { ...example.costs, discountRate: example.costs.discountRate + 0.01 };
    expect(businessCaseOf({ ...example, costs })).not.toBe(first);
    const vendors = { ...example.vendors, vendors: [...example.vendors.vendors] };
    expect(businessCaseOf({ ...example, vendors })).not.toBe(first);
    expect(businessCaseOf({ ...example, vendors })).toEqual(first);
  });

  it('works it out again when the business function changes the unit of work it names', () => {
    const project: Project = {
      ...example,
      costs: { ...example.costs, volumeUnit: '', periods: example.costs.periods.map((p) => ({ ...p, volume: null })) },
    };
    const before = businessCaseOf(project);
    const other = project.functionTemplate === 'collections' ? 'it-help-desk' : 'collections';
    const after = businessCaseOf({ ...project, functionTemplate: other });
    expect(after).toEqual(buildBusinessCase({ ...project, functionTemplate: other }));
    expect(after.baseline).not.toEqual(before.baseline);
  });
});
