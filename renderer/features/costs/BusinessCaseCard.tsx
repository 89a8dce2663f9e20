import { Coins } from 'lucide-react';
import { money, percent } from '../../format';
import { useAppStore } from '../../store';
import { SummaryCard } from '../workspace/SummaryCard';
import { useBusinessCase } from './useBusinessCase';

/** The business case in three figures, for the Overview: today's cost, the best option and its value. */
export function BusinessCaseCard({ onOpen }: { onOpen(): void }) {
  const businessCase = useBusinessCase();
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  if (!businessCase) return null;
  const { baseline, options, bestOptionId, horizonYears } = businessCase;
  const best = options.find((o) => o.id === bestOptionId && o.kind === 'vendor');
  const quotes = options.filter((o) => o.kind === 'vendor');
  const bestText = best
    ? `${best.name}${best.savingShare === null ? '' : `, saves ${percent(best.savingShare)}`}`
    : quotes.length === 0
      ? 'No quotes yet'
      : bestOptionId === 'in-house'
        ? 'Keep in-house'
        : 'Quotes incomplete';
  return (
    <SummaryCard
      id="costs"
      icon={Coins}
      title="Business case"
      figures={[
        {
          label: 'Cost today',
          value: baseline.annualCost === null ? 'Not entered' : `${money(baseline.annualCost, currency)} a year`,
        },
        { label: 'Best option', value: <span dir="auto">{bestText}</span> },
        {
          label: `Net present value, ${horizonYears} years`,
          value: best?.npv == null ? '—' : money(best.npv, currency),
        },
      ]}
      action="Work on costs"
      onOpen={onOpen}
    />
  );
}
