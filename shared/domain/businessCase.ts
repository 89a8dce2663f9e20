import { costCategoryIds, type CostCategoryId } from '../model/costCategories';
import type { CostPeriod } from '../model/costs';
import type { Project } from '../model/project';
import type { Vendor } from '../model/vendors';
import { volumeUnitOf } from './volumeUnit';

/**
 * What the function costs today and what each option would cost instead: the math of "Cost baseline and business
 * case" in DOMAIN.md, exactly. Amounts are floating point like a spreadsheet and rounded only for display. A figure
 * whose inputs are missing is null and the option says, in words, what to enter; it is never shown as 0.
 */

export interface CategoryTrend {
  categoryId: CostCategoryId;
  first: number | null;
  latest: number | null;
  change: number | null;
  changeShare: number | null;
}

export interface Baseline {
  /** Which rule found the baseline period(s); null when neither did. */
  kind: 'year' | 'quarters' | null;
  /** The period(s) used, oldest first. */
  periodIds: string[];
  label: string | null;
  annualCost: number | null;
  volume: number | null;
  costPerUnit: number | null;
  /** Baseline amount per category entered. */
  byCategory: Partial<Record<CostCategoryId, number>>;
  /** Per category, the first against the latest yearly period; empty with fewer than two yearly periods. */
  trend: CategoryTrend[];
  trendFrom: string | null;
  trendTo: string | null;
  /** Categories that grew, the fastest first, at most three. */
  fastestGrowing: CostCategoryId[];
  missing: string[];
}

export interface BusinessCaseOption {
  /** 'in-house' or the vendor id. */
  id: string;
  name: string;
  kind: 'in-house' | 'vendor';
  fee: number | null;
  changeCost: number | null;
  retainedCost: number | null;
  annualCost: number | null;
  oneTimeCost: number | null;
  annualSaving: number | null;
  /** 0.25 = 25% of today's cost. */
  savingShare: number | null;
  npv: number | null;
  paybackMonths: number | null;
  priceSensitivity: { at80: number | null; at120: number | null };
  /** What to enter for this option; empty when complete. */
  missing: string[];
  notes: string[];
}

export interface BusinessCase {
  baseline: Baseline;
  options: BusinessCaseOption[];
  horizonYears: number;
  discountRate: number;
  /** The option with the highest NPV (keeping in-house counts as 0); null when no vendor has one. */
  bestOptionId: string | null;
}

export const inHouseOptionId = 'in-house';
const quartersPerYear = 4;

/** One line per figure for a "how is this computed" panel. */
export const businessCaseFormulas = {
  baselineAnnualCost:
    "Today's yearly cost: the latest full year, or the last four quarters added up, over the categories entered.",
  costPerUnit: "Today's yearly cost ÷ the volume of work done in the same period.",
  fee: 'The all-inclusive yearly price, or the itemised yearly lines added up.',
  changeCost: 'Change requests per year × the fee per change request.',
  retainedCost: 'What stays in-house each year: relationship manager, governance, contract management.',
  annualCost: "Vendor fee + change requests + retained in-house cost, per year (keeping it in-house: today's cost).",
  oneTimeCost: 'Transition costs + months to full productivity × the monthly cost of running both in parallel.',
  annualSaving: "Today's yearly cost − the option's yearly cost.",
  savingShare: "Yearly saving ÷ today's yearly cost.",
  npv: 'Each year-end saving discounted at the discount rate, added up over the horizon, minus the one-time cost.',
  paybackMonths: '12 × one-time cost ÷ yearly saving, when that is within the horizon.',
  priceSensitivity: "The NPV again with the vendor's fee and change requests at 80% and at 120%.",
} as const;
export type BusinessCaseFigure = keyof typeof businessCaseFormulas;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A ratio too large for a double (a near-zero divisor) is no figure rather than Infinity. */
const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

const byStart = (a: CostPeriod, b: CostPeriod) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/** The amount of one category as a list: empty when it was not entered. */
const enteredAmount = (period: CostPeriod, categoryId: CostCategoryId): number[] => {
  const amount = period.amounts[categoryId];
  return amount === undefined ? [] : [amount];
};
const enteredAmounts = (period: CostPeriod) => costCategoryIds.flatMap((id) => enteredAmount(period, id));
const sumOrNull = (values: readonly number[]) => (values.length === 0 ? null : sum(values));

/** The sum of the amounts entered for a period; null when none is entered. */
export function periodTotal(period: CostPeriod): number | null {
  return sumOrNull(enteredAmounts(period));
}

/** One category added up over the given periods; null when it is entered in none of them. */
export function categoryTotal(periods: readonly CostPeriod[], categoryId: CostCategoryId): number | null {
  return sumOrNull(periods.flatMap((period) => enteredAmount(period, categoryId)));
}

function monthIndex(isoDate: string): { months: number; day: number; lastDay: boolean } {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { months: year * 12 + month - 1, day, lastDay: day === daysInMonth };
}

/** `next` starts three months after `previous` (a quarter starting on the 31st is followed by one on the 30th). */
function startsThreeMonthsAfter(previous: CostPeriod, next: CostPeriod): boolean {
  const a = monthIndex(previous.start);
  const b = monthIndex(next.start);
  return b.months - a.months === 3 && (a.day === b.day || (a.lastDay && b.lastDay));
}

interface BaselineChoice {
  kind: Baseline['kind'];
  periods: CostPeriod[];
  problem: string | null;
}

function chooseBaselinePeriods(sorted: readonly CostPeriod[]): BaselineChoice {
  const latestYear = sorted.findLast((period) => period.kind === 'year');
  if (latestYear) return { kind: 'year', periods: [latestYear], problem: null };
  const quarters = sorted.filter((period) => period.kind === 'quarter');
  if (quarters.length === 0) {
    return {
      kind: null,
      periods: [],
      problem: 'Enter your costs for the last full year, or for the last four quarters.',
    };
  }
  if (quarters.length < quartersPerYear) {
    const entered = quarters.length === 1 ? '1 quarter is' : `${quarters.length} quarters are`;
    return {
      kind: null,
      periods: [],
      problem: `Enter four quarters in a row, or a full year (${entered} entered so far).`,
    };
  }
  const lastFour = quarters.slice(-quartersPerYear);
  for (const [index, quarter] of lastFour.entries()) {
    const previous = lastFour[index - 1];
    if (previous && !startsThreeMonthsAfter(previous, quarter)) {
      return {
        kind: null,
        periods: [],
        problem: `The last four quarters are not in a row: ${quarter.label} does not start three months after ${previous.label}. Enter the quarter in between, or a full year.`,
      };
    }
  }
  return { kind: 'quarters', periods: lastFour, problem: null };
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function trendOf(sorted: readonly CostPeriod[]): Pick<Baseline, 'trend' | 'trendFrom' | 'trendTo' | 'fastestGrowing'> {
  const years = sorted.filter((period) => period.kind === 'year');
  const first = years[0];
  const latest = years.at(-1);
  if (years.length < 2 || !first || !latest) return { trend: [], trendFrom: null, trendTo: null, fastestGrowing: [] };
  const trend = costCategoryIds.flatMap((categoryId): CategoryTrend[] => {
    const from = first.amounts[categoryId] ?? null;
    const to = latest.amounts[categoryId] ?? null;
    if (from === null && to === null) return [];
    const change = from === null || to === null ? null : to - from;
    const changeShare = change === null || from === null || from <= 0 ? null : finiteOrNull(change / from);
    return [{ categoryId, first: from, latest: to, change, changeShare }];
  });
  const fastestGrowing = trend
    .filter((row) => row.changeShare !== null && row.changeShare > 0)
    .toSorted((a, b) => (b.changeShare ?? 0) - (a.changeShare ?? 0))
    .slice(0, 3)
    .map((row) => row.categoryId);
  return { trend, trendFrom: first.id, trendTo: latest.id, fastestGrowing };
}

interface BaselineResult {
  baseline: Baseline;
  /** What an option needs entered before it can be compared with today (the volume is not needed for that). */
  costMissing: string[];
}

function buildBaseline(project: Project): BaselineResult {
  const sorted = project.costs.periods.toSorted(byStart);
  const choice = chooseBaselinePeriods(sorted);
  const { periods } = choice;
  const label =
    periods.length === 0
      ? null
      : periods.length === 1
        ? (periods[0]?.label ?? null)
        : `${periods[0]?.label ?? ''} – ${periods.at(-1)?.label ?? ''}`;
  const empty = periods.filter((period) => periodTotal(period) === null);
  const costMissing =
    choice.problem !== null
      ? [choice.problem]
      : empty.length > 0
        ? [`Enter the costs of ${listInWords(empty.map((period) => period.label))}.`]
        : [];
  const annualCost = periods.length > 0 && costMissing.length === 0 ? sum(periods.flatMap(enteredAmounts)) : null;

  const byCategory: Partial<Record<CostCategoryId, number>> = {};
  if (annualCost !== null) {
    for (const categoryId of costCategoryIds) {
      const total = categoryTotal(periods, categoryId);
      if (total !== null) byCategory[categoryId] = total;
    }
  }

  const withoutVolume = periods.filter((period) => period.volume === null);
  const volumes = periods.flatMap((period) => (period.volume === null ? [] : [period.volume]));
  const volume = periods.length > 0 && withoutVolume.length === 0 ? sum(volumes) : null;
  const volumeMissing =
    periods.length > 0 && withoutVolume.length > 0
      ? [
          `Enter the volume (${volumeUnitOf(project)}) of ${listInWords(withoutVolume.map((period) => period.label))} to see the cost per unit.`,
        ]
      : [];
  const costPerUnit = annualCost !== null && volume !== null && volume > 0 ? finiteOrNull(annualCost / volume) : null;

  return {
    baseline: {
      kind: choice.kind,
      periodIds: periods.map((period) => period.id),
      label,
      annualCost,
      volume,
      costPerUnit,
      byCategory,
      ...trendOf(sorted),
      missing: [...costMissing, ...volumeMissing],
    },
    costMissing,
  };
}

/** NPV = −T + Σₜ₌₁..H S ÷ (1 + r)ᵗ: savings at each year's end, the one-time cost at the start. */
function netPresentValue(annualSaving: number, oneTimeCost: number, horizonYears: number, discountRate: number) {
  let value = 0 - oneTimeCost; // not −T, which is −0 for T = 0
  for (let year = 1; year <= horizonYears; year++) value += annualSaving / (1 + discountRate) ** year;
  return value;
}

const yearsInWords = (years: number) => (years === 1 ? '1 year' : `${years} years`);

function vendorFee(vendor: Vendor): { fee: number | null; missing: string | null } {
  const { quote } = vendor;
  if (quote.pricingModel === 'all-inclusive') {
    return quote.annualFee === null
      ? { fee: null, missing: `Enter ${vendor.name}'s yearly all-inclusive price.` }
      : { fee: quote.annualFee, missing: null };
  }
  return quote.lines.length === 0
    ? { fee: null, missing: `Add at least one yearly price line to ${vendor.name}'s itemised quote.` }
    : { fee: sum(quote.lines.map((line) => line.annualAmount)), missing: null };
}

interface SharedInputs {
  baselineCost: number | null;
  costMissing: string[];
  retainedCost: number;
  transitionCost: number;
  horizonYears: number;
  discountRate: number;
  retainedEntered: boolean;
  transitionEntered: boolean;
}

function vendorOption(vendor: Vendor, inputs: SharedInputs): BusinessCaseOption {
  const { baselineCost, retainedCost, horizonYears, discountRate } = inputs;
  const { quote } = vendor;
  const { fee, missing: feeMissing } = vendorFee(vendor);
  const changeCost = quote.changeRequestsPerYear * quote.changeFee;
  const annualCost = fee === null ? null : fee + changeCost + retainedCost;
  const oneTimeCost = inputs.transitionCost + quote.rampMonths * quote.parallelRunMonthlyCost;
  const annualSaving = baselineCost === null || annualCost === null ? null : baselineCost - annualCost;
  const savingShare =
    annualSaving === null || baselineCost === null || baselineCost <= 0
      ? null
      : finiteOrNull(annualSaving / baselineCost);
  const npv = annualSaving === null ? null : netPresentValue(annualSaving, oneTimeCost, horizonYears, discountRate);

  const notes: string[] = [];
  let paybackMonths: number | null = null;
  if (annualSaving !== null) {
    // A one-time credit (T < 0) pays back at once, like T = 0; a negative month count would mean nothing.
    const months = annualSaving > 0 ? (oneTimeCost <= 0 ? 0 : (12 * oneTimeCost) / annualSaving) : null;
    if (months !== null && months <= 12 * horizonYears) paybackMonths = months;
    else notes.push(`Does not pay back within ${yearsInWords(horizonYears)}.`);
    if (annualSaving <= 0) notes.push('Costs as much as or more than keeping the work in-house, every year.');
  }
  if (baselineCost !== null && baselineCost <= 0 && annualSaving !== null) {
    notes.push("No saving share: today's yearly cost is zero or less.");
  }
  if (!inputs.retainedEntered) {
    notes.push('No retained in-house cost entered (relationship manager, governance, contract management).');
  }
  if (!inputs.transitionEntered) notes.push('No one-time transition cost entered.');

  const npvAtPriceScale = (scale: number) =>
    baselineCost === null || fee === null
      ? null
      : netPresentValue(
          baselineCost - (scale * (fee + changeCost) + retainedCost),
          oneTimeCost,
          horizonYears,
          discountRate,
        );

  return {
    id: vendor.id,
    name: vendor.name,
    kind: 'vendor',
    fee,
    changeCost,
    retainedCost,
    annualCost,
    oneTimeCost,
    annualSaving,
    savingShare,
    npv,
    paybackMonths,
    priceSensitivity: { at80: npvAtPriceScale(0.8), at120: npvAtPriceScale(1.2) },
    missing: [...inputs.costMissing, ...(feeMissing === null ? [] : [feeMissing])],
    notes,
  };
}

function inHouseOption(baselineCost: number | null, costMissing: string[]): BusinessCaseOption {
  return {
    id: inHouseOptionId,
    name: 'Keep in-house',
    kind: 'in-house',
    fee: null,
    changeCost: null,
    retainedCost: null,
    annualCost: baselineCost,
    oneTimeCost: 0,
    annualSaving: 0,
    savingShare: baselineCost !== null && baselineCost > 0 ? 0 : null,
    npv: 0,
    paybackMonths: null,
    priceSensitivity: { at80: null, at120: null },
    missing: costMissing,
    notes: [],
  };
}

function bestOption(options: readonly BusinessCaseOption[]): string | null {
  if (!options.some((option) => option.kind === 'vendor' && option.npv !== null)) return null;
  let best: { id: string; npv: number } | null = null;
  for (const { id, npv } of options) {
    // Strictly greater: on a tie the earlier option (keeping in-house first) stays best.
    if (npv !== null && (best === null || npv > best.npv)) best = { id, npv };
  }
  return best?.id ?? null;
}

export function buildBusinessCase(project: Project): BusinessCase {
  const { baseline, costMissing } = buildBaseline(project);
  const { horizonYears, discountRate } = project.costs;
  const inputs: SharedInputs = {
    baselineCost: baseline.annualCost,
    costMissing,
    retainedCost: sum(project.costs.retainedCosts.map((cost) => cost.annualAmount)),
    transitionCost: sum(project.costs.transitionCosts.map((cost) => cost.amount)),
    horizonYears,
    discountRate,
    retainedEntered: project.costs.retainedCosts.length > 0,
    transitionEntered: project.costs.transitionCosts.length > 0,
  };
  const options = [
    inHouseOption(baseline.annualCost, costMissing),
    ...project.vendors.vendors.map((vendor) => vendorOption(vendor, inputs)),
  ];
  return { baseline, options, horizonYears, discountRate, bestOptionId: bestOption(options) };
}

/**
 * Worked out once for each costs, vendor list and unit of work (all a business case reads of a project; the unit
 * falls back on the business function's).
 */
const computed = new WeakMap<
  Project['costs'],
  { vendors: Project['vendors']['vendors']; unit: string; businessCase: BusinessCase }
>();

/**
 * `buildBusinessCase`, kept for the project's costs, vendor list and unit of work as they are: the Costs tab, the
 * Overview's card, the plan's suggestions and the briefing all ask for it after the same edit, and get one object.
 */
export function businessCaseOf(project: Project): BusinessCase {
  const { costs } = project;
  const { vendors } = project.vendors;
  const unit = volumeUnitOf(project);
  const known = computed.get(costs);
  if (known?.vendors === vendors && known.unit === unit) return known.businessCase;
  const businessCase = buildBusinessCase(project);
  computed.set(costs, { vendors, unit, businessCase });
  return businessCase;
}

/**
 * Cumulative cash flow of an option for a chart: year 0 is −T, each year-end adds the saving (discounted when a
 * rate is given). Every point is null when the option's saving or one-time cost is unknown.
 */
export function cumulativeCashFlow(
  option: Pick<BusinessCaseOption, 'annualSaving' | 'oneTimeCost'>,
  horizonYears: number,
  discountRate?: number,
): Array<{ year: number; cumulative: number | null }> {
  const { annualSaving, oneTimeCost } = option;
  const points: Array<{ year: number; cumulative: number | null }> = [];
  let cumulative = 0 - (oneTimeCost ?? 0); // not −T, which is −0 for T = 0
  for (let year = 0; year <= horizonYears; year++) {
    if (year > 0 && annualSaving !== null) {
      cumulative += discountRate === undefined ? annualSaving : annualSaving / (1 + discountRate) ** year;
    }
    points.push({ year, cumulative: annualSaving === null || oneTimeCost === null ? null : cumulative });
  }
  return points;
}
