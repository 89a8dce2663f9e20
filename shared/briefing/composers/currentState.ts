import { describeBaseline } from '../../domain/baselineWords';
import { periodTotal } from '../../domain/businessCase';
import { money, percent, plainNumber } from '../../format';
import { costCategoryIds, costCategoryLabels } from '../../model/costCategories';
import { cell, figureCell, gapCallout, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, TableCell } from '../model';
import { refs } from '../refs';
import { paragraph, quote, say } from '../words';
import type { Detail } from './detail';

/**
 * What the function costs today and how that has moved (tip 3 of the partnership tips: share the cost
 * centre's history, and say where money is lost and why), with a bar per period.
 */

const baselineRef = refs.baseline();

function periodsTable(facts: BriefingFacts): Block[] {
  const periods = facts.project.costs.periods.toSorted((a, b) => a.start.localeCompare(b.start));
  const { currency, unit } = facts;
  const chartItems = periods.flatMap((period) => {
    const total = periodTotal(period);
    return total === null
      ? []
      : [
          {
            label: period.label,
            value: total,
            display: money(total, currency),
            highlight: facts.businessCase.baseline.periodIds.includes(period.id),
          },
        ];
  });
  const rows = periods.map((period): TableCell[] => {
    const ref = refs.costPeriod(period);
    const total = periodTotal(period);
    return [
      { text: period.label, ref, user: true },
      cell(period.kind === 'year' ? 'Year' : 'Quarter', ref),
      total === null ? cell('Not entered', ref) : figureCell(money(total, currency), ref),
      period.volume === null ? cell('Not entered', ref) : figureCell(plainNumber(period.volume), ref),
    ];
  });
  return [
    {
      kind: 'table',
      caption: `Cost by period (${currency})`,
      header: ['Period', 'Kind', 'Total cost', `Volume (${unit})`],
      rows,
    },
    ...(chartItems.length > 0
      ? [
          {
            kind: 'chart' as const,
            title: `Cost per period (${currency})`,
            alt: `Bar chart of the function's cost in ${chartItems.length} periods, from ${chartItems[0]?.display ?? ''} to ${chartItems.at(-1)?.display ?? ''}; the baseline is highlighted.`,
            chart: { type: 'bars' as const, items: chartItems, baseline: 0 },
            ref: baselineRef,
          },
        ]
      : []),
  ];
}

function trendTable(facts: BriefingFacts): Block[] {
  const { baseline } = facts.businessCase;
  if (baseline.trend.length === 0) return [];
  const labelOf = (id: string | null) => facts.project.costs.periods.find((period) => period.id === id)?.label ?? '';
  const amount = (value: number | null) =>
    value === null ? cell('Not entered', baselineRef) : figureCell(money(value, facts.currency), baselineRef);
  return [
    {
      kind: 'table',
      caption: 'Cost by category, first year against the latest',
      header: ['Category', labelOf(baseline.trendFrom), labelOf(baseline.trendTo), 'Change'],
      rows: baseline.trend.map((row) => [
        cell(costCategoryLabels[row.categoryId], baselineRef),
        amount(row.first),
        amount(row.latest),
        row.changeShare === null
          ? row.change === null
            ? cell('—', baselineRef)
            : figureCell(money(row.change, facts.currency), baselineRef)
          : figureCell(`${row.changeShare > 0 ? '+' : ''}${percent(row.changeShare)}`, baselineRef),
      ]),
    },
  ];
}

function costNotes(facts: BriefingFacts): Block[] {
  const notes = costCategoryIds.flatMap((id) => {
    const note = facts.project.costs.categoryNotes[id]?.trim() ?? '';
    return note === '' ? [] : [{ id, note }];
  });
  if (notes.length === 0) {
    return [
      warningCallout(
        'No notes on where money is lost',
        [
          say(
            'Say on the Costs tab why the costs that grow are growing and what is not working: it tells the provider where to start.',
            baselineRef,
          ),
        ],
        baselineRef,
      ),
    ];
  }
  return [
    paragraph(say('Where money is lost, in the team’s own words:')),
    {
      kind: 'bullets',
      items: notes.map(({ id, note }) => {
        const ref = refs.baseline(id, costCategoryLabels[id]);
        return [say(`${costCategoryLabels[id]}: `, ref), quote(note, ref)];
      }),
    },
  ];
}

export function currentStateSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { baseline } = facts.businessCase;
  const { periods } = facts.project.costs;
  if (periods.length === 0) {
    return {
      blocks: [
        gapCallout(
          'Cost history not entered',
          'Add the last two or three years of costs on the Costs tab; the baseline, the savings and the payback all start from it.',
          baselineRef,
        ),
      ],
      gap: true,
    };
  }
  const blocks: Block[] = [];
  const sentences = describeBaseline(baseline, facts.currency, facts.unit);
  if (baseline.annualCost === null) {
    blocks.push(
      gapCallout(
        'No cost baseline yet',
        baseline.missing.join(' ') || 'Complete the cost history on the Costs tab.',
        baselineRef,
      ),
    );
  } else {
    blocks.push(
      paragraph(...sentences.map((sentence, index) => say(index === 0 ? sentence : ` ${sentence}`, baselineRef))),
    );
    // With the cost known, what is still missing is the volume, and with it the cost per unit.
    if (detail === 'full' && baseline.missing.length > 0)
      blocks.push(paragraph(say(baseline.missing.join(' '), baselineRef)));
  }
  if (detail === 'full') blocks.push(...periodsTable(facts), ...trendTable(facts), ...costNotes(facts));
  return { blocks, gap: baseline.annualCost === null };
}
