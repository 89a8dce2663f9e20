import { cumulativeCashFlow, inHouseOptionId, type BusinessCaseOption } from '../../domain/businessCase';
import { money, percent, plainNumber } from '../../format';
import { transitionCostKindLabels } from '../../model/costCategories';
import { cell, figureCell, gapCallout, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, Inline, SourceRef, TableCell } from '../model';
import { refs } from '../refs';
import { capitalised, listInWords, monthsText, paragraph, quote, say, yearsText } from '../words';
import type { Detail } from './detail';

/**
 * Every option against keeping the work in-house (the do-nothing option the Five Case Model asks for): yearly
 * and one-time cost, saving, NPV and payback, how a price change moves the case, and the costs owners forget.
 */

/** Options drawn in the cash-flow chart: more lines than this stop being readable. */
const chartedOptions = 4;

const optionRef = (option: BusinessCaseOption): SourceRef =>
  option.kind === 'in-house' ? refs.baseline() : refs.quote(option);

function optionRow(facts: BriefingFacts, option: BusinessCaseOption): TableCell[] {
  const ref = optionRef(option);
  const amount = (value: number | null, missing: string) =>
    value === null ? cell(missing, ref) : figureCell(money(value, facts.currency), ref);
  const vendor = facts.vendor(option.id);
  const pricing = vendor ? (vendor.quote.pricingModel === 'all-inclusive' ? 'All-inclusive' : 'Itemised') : 'Today';
  const saving =
    option.annualSaving === null
      ? cell('—', ref)
      : figureCell(
          `${money(option.annualSaving, facts.currency)}${option.kind === 'vendor' && option.savingShare !== null ? ` (${percent(option.savingShare)})` : ''}`,
          ref,
        );
  const payback =
    option.kind === 'in-house' || option.annualSaving === null
      ? cell('—', ref)
      : option.paybackMonths === null
        ? cell(`Not within ${yearsText(facts.businessCase.horizonYears)}`, ref)
        : figureCell(capitalised(monthsText(option.paybackMonths)), ref);
  return [
    option.kind === 'in-house' ? cell(option.name, ref) : { text: option.name, ref, user: true },
    cell(pricing, ref),
    amount(option.annualCost, option.kind === 'in-house' ? 'No baseline' : 'Incomplete'),
    amount(option.oneTimeCost, '—'),
    saving,
    amount(option.npv, '—'),
    payback,
  ];
}

/** The board sees keeping in-house, the option the recommendation rests on, the best and the leader's. */
function shownOptions(facts: BriefingFacts, detail: Detail): BusinessCaseOption[] {
  const { options, bestOptionId } = facts.businessCase;
  if (detail === 'full') return options;
  const keep = new Set([inHouseOptionId, facts.focusOption?.id, bestOptionId, facts.leader?.vendorId]);
  return options.filter((option) => keep.has(option.id));
}

function optionsTable(facts: BriefingFacts, detail: Detail): Block {
  return {
    kind: 'table',
    caption: `Options over ${yearsText(facts.businessCase.horizonYears)} (${facts.currency})`,
    header: ['Option', 'Pricing', 'Yearly cost', 'One-time cost', 'Yearly saving', 'Net present value', 'Payback'],
    rows: shownOptions(facts, detail).map((option) => optionRow(facts, option)),
  };
}

function bestOptionSentence(facts: BriefingFacts): Inline[] {
  const { bestOptionId, horizonYears } = facts.businessCase;
  const best = bestOptionId === null ? undefined : facts.option(bestOptionId);
  if (!best) return [];
  if (best.kind === 'in-house') {
    return [
      say(
        `Keeping the work in-house is the cheapest option over ${yearsText(horizonYears)}: no complete bid has a positive net present value.`,
        refs.businessCase(),
      ),
    ];
  }
  const payback =
    best.paybackMonths === null
      ? ''
      : `, paying back ${best.paybackMonths === 0 ? 'at once' : `in ${monthsText(best.paybackMonths)}`}`;
  return [
    facts.vendorName(best.id, 'quote'),
    say(
      ` has the highest net present value: ${money(best.npv ?? 0, facts.currency)} over ${yearsText(horizonYears)}${payback}.`,
      refs.businessCase(),
    ),
  ];
}

function priceSensitivity(facts: BriefingFacts): Inline[] {
  const option = facts.focusOption;
  if (!option || option.npv === null) return [];
  const { at80, at120 } = option.priceSensitivity;
  if (at80 === null || at120 === null) return [];
  const ref = refs.quote(option);
  const turns =
    option.npv > 0 && at120 <= 0
      ? ' A 20% rise would wipe out the case: negotiate a price cap or fixed price for the first years.'
      : '';
  return [
    say('If '),
    facts.vendorName(option.id, 'quote'),
    say(
      `'s price came in 20% higher, the net present value would be ${money(at120, facts.currency)}; 20% lower, ${money(at80, facts.currency)}.${turns}`,
      ref,
    ),
  ];
}

function hiddenCosts(facts: BriefingFacts): Block[] {
  const { retainedCosts, transitionCosts } = facts.project.costs;
  const blocks: Block[] = [];
  if (retainedCosts.length === 0) {
    blocks.push(
      warningCallout(
        'No retained in-house cost entered',
        [
          say(
            'The savings are overstated until the relationship manager, contract management and oversight that stay in-house are counted.',
            refs.retainedCosts(),
          ),
        ],
        refs.retainedCosts(),
      ),
    );
  } else {
    const total =
      facts.focusOption?.retainedCost ??
      facts.businessCase.options.find((o) => o.kind === 'vendor')?.retainedCost ??
      null;
    const items = retainedCosts.map((cost) => {
      const ref = refs.retainedCosts(cost);
      return [quote(cost.label, ref), say(` ${money(cost.annualAmount, facts.currency)}`, ref)];
    });
    blocks.push(
      paragraph(
        say(
          total === null
            ? 'Counted in every option, each year, for the work that stays in-house: '
            : `Counted in every option: ${money(total, facts.currency)} a year for the work that stays in-house (`,
          refs.retainedCosts(),
        ),
        ...items.flatMap((item, index) => [...(index > 0 ? [say(', ')] : []), ...item]),
        say(total === null ? '.' : ').'),
      ),
    );
  }
  if (transitionCosts.length === 0) {
    blocks.push(
      warningCallout(
        'No one-time transition cost entered',
        [
          say(
            'Choosing the provider, legal review, knowledge transfer and any severance cost money before the first saving: add them on the Costs tab.',
            refs.transitionCosts(),
          ),
        ],
        refs.transitionCosts(),
      ),
    );
  } else {
    blocks.push(
      paragraph(
        say('One-time costs counted in every option: ', refs.transitionCosts()),
        ...transitionCosts.flatMap((cost, index) => {
          const label = cost.label.trim();
          const ref = refs.transitionCosts({ id: cost.id, label: label || transitionCostKindLabels[cost.kind] });
          return [
            ...(index > 0 ? [say(', ')] : []),
            label === '' ? say(transitionCostKindLabels[cost.kind], ref) : quote(label, ref),
            say(` ${money(cost.amount, facts.currency)}`, ref),
          ];
        }),
        say('; each provider adds its own months of parallel running.'),
      ),
    );
  }
  return blocks;
}

/** Change fees and pricing models: what seed 1 warns about rigid, itemised pricing, in this project's quotes. */
function pricingTerms(facts: BriefingFacts): Block[] {
  const lines: Inline[][] = [];
  for (const vendor of facts.project.vendors.vendors) {
    const ref = refs.quote(vendor);
    const { quote: terms } = vendor;
    const parts: string[] = [
      terms.pricingModel === 'all-inclusive' ? 'all-inclusive price' : 'itemised price, every line charged separately',
    ];
    if (terms.changeRequestsPerYear > 0 && terms.changeFee > 0) {
      parts.push(
        `${plainNumber(terms.changeRequestsPerYear)} change requests a year at ${money(terms.changeFee, facts.currency)} each`,
      );
    } else if (terms.changeFee > 0) {
      parts.push(`${money(terms.changeFee, facts.currency)} per change request`);
    }
    if (terms.rampMonths > 0) {
      parts.push(
        terms.parallelRunMonthlyCost > 0
          ? `${monthsText(terms.rampMonths)} to full productivity with ${money(terms.parallelRunMonthlyCost, facts.currency)} a month of parallel running`
          : `${monthsText(terms.rampMonths)} to full productivity`,
      );
    }
    lines.push([quote(vendor.name, ref), say(`: ${listInWords(parts)}.`, ref)]);
  }
  return lines.length === 0 ? [] : [paragraph(say('Pricing terms, as quoted:')), { kind: 'bullets', items: lines }];
}

function cashFlowChart(facts: BriefingFacts): Block[] {
  const { horizonYears, discountRate } = facts.businessCase;
  const complete = facts.businessCase.options.filter((option) => option.kind === 'vendor' && option.npv !== null);
  const charted = complete.toSorted((a, b) => (b.npv ?? 0) - (a.npv ?? 0)).slice(0, chartedOptions);
  const leaderOption = facts.focusOption;
  if (leaderOption && leaderOption.npv !== null && !charted.includes(leaderOption)) charted.splice(-1, 1, leaderOption);
  const series = charted.flatMap((option) => {
    const points = cumulativeCashFlow(option, horizonYears, discountRate);
    const values = points.flatMap((point) => (point.cumulative === null ? [] : [point.cumulative]));
    return values.length === points.length ? [{ name: option.name, values }] : [];
  });
  if (series.length === 0) return [];
  return [
    {
      kind: 'chart',
      title: `Cumulative discounted cash flow against keeping the work in-house (${facts.currency})`,
      alt: `Line chart over ${yearsText(horizonYears)}: each line starts at minus the one-time cost and adds each year's discounted saving; a line above zero has paid back. Options: ${listInWords(series.map((s) => s.name))}.`,
      chart: {
        type: 'lines',
        xLabels: Array.from({ length: horizonYears + 1 }, (_, year) => (year === 0 ? 'Start' : `Year ${year}`)),
        series,
        reference: 0,
      },
      ref: refs.businessCase(),
    },
  ];
}

function missingInputs(facts: BriefingFacts): Block[] {
  const incomplete = facts.businessCase.options.filter(
    (option) => option.kind === 'vendor' && option.missing.length > 0,
  );
  if (incomplete.length === 0 || facts.businessCase.baseline.annualCost === null) return [];
  return [
    warningCallout(
      'Incomplete quotes',
      incomplete.flatMap((option, index) => [
        say(`${index > 0 ? ' ' : ''}${option.missing.join(' ')}`, refs.quote(option)),
      ]),
      refs.quotes(),
    ),
  ];
}

export function businessCaseSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { businessCase } = facts;
  const vendorOptions = businessCase.options.filter((option) => option.kind === 'vendor');
  const blocks: Block[] = [];
  const noBaseline = businessCase.baseline.annualCost === null;
  if (noBaseline) {
    blocks.push(
      gapCallout(
        'No cost baseline',
        "Without today's yearly cost no saving, net present value or payback can be shown. Add the cost history on the Costs tab.",
        refs.baseline(),
      ),
    );
  }
  if (vendorOptions.length === 0) {
    blocks.push(
      gapCallout(
        'No quotes entered',
        'Add the providers and their quotes on the Costs tab to compare them with keeping the work in-house.',
        refs.quotes(),
      ),
    );
  }
  const complete = vendorOptions.some((option) => option.npv !== null);
  if (vendorOptions.length > 0 || !noBaseline) {
    const retained = vendorOptions[0]?.retainedCost ?? null;
    // The board's page has no room for the hidden-cost paragraphs; one clause says they are counted.
    const counted =
      detail === 'brief' && retained !== null && facts.project.costs.retainedCosts.length > 0
        ? `, counting ${money(retained, facts.currency)} a year of work that stays in-house`
        : '';
    blocks.push(
      paragraph(
        say(
          `Each option is compared with keeping the work in-house over ${yearsText(businessCase.horizonYears)}, discounting future savings at ${percent(businessCase.discountRate)} a year${counted}.`,
          refs.businessCase(),
        ),
      ),
      optionsTable(facts, detail),
    );
  }
  const best = bestOptionSentence(facts);
  const sensitivity = priceSensitivity(facts);
  if (best.length > 0 || sensitivity.length > 0)
    blocks.push(paragraph(...best, ...(best.length > 0 && sensitivity.length > 0 ? [say(' ')] : []), ...sensitivity));
  if (detail === 'full') blocks.push(...missingInputs(facts), ...cashFlowChart(facts));
  if (detail === 'full') blocks.push(...hiddenCosts(facts), ...pricingTerms(facts));
  return { blocks, gap: noBaseline || !complete };
}
