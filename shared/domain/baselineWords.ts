import type { Baseline } from './businessCase';
import { costCategoryLabels } from '../model/costCategories';
import { money, percent, plainNumber } from '../format';

/** The baseline and its trend in sentences: the Costs screen, the chart's label and the briefing say the same. */
export function describeBaseline(baseline: Baseline, currency: string, unit: string): string[] {
  const sentences: string[] = [];
  if (baseline.annualCost !== null) {
    sentences.push(
      `Today the function costs ${money(baseline.annualCost, currency)} a year (${baseline.label ?? 'baseline'}).`,
    );
  }
  if (baseline.costPerUnit !== null && baseline.volume !== null) {
    sentences.push(
      `That is ${money(baseline.costPerUnit, currency, { cents: true })} for each of ${plainNumber(baseline.volume)} ${unit}.`,
    );
  }
  const compared = baseline.trend.filter((t) => t.first !== null && t.latest !== null);
  const first = compared.reduce((sum, t) => sum + (t.first ?? 0), 0);
  const latest = compared.reduce((sum, t) => sum + (t.latest ?? 0), 0);
  if (compared.length > 0 && first > 0) {
    const change = (latest - first) / first;
    sentences.push(
      `Between the first and the latest year the cost ${change >= 0 ? 'rose' : 'fell'} by ${percent(Math.abs(change))}.`,
    );
  }
  const growers = baseline.fastestGrowing.flatMap((id) => {
    const trend = baseline.trend.find((t) => t.categoryId === id);
    return trend?.changeShare == null
      ? []
      : [`${costCategoryLabels[id].toLowerCase()} (+${percent(trend.changeShare)})`];
  });
  if (growers.length > 0) sentences.push(`Fastest growing: ${growers.join(', ')}.`);
  return sentences;
}
