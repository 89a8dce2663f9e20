import { ArrowRight, Coins } from 'lucide-react';
import { money, percent } from '../../format';
import { useAppStore } from '../../store';
import { useBusinessCase } from './useBusinessCase';

/** The business case in three figures, for the Overview: today's cost, the best option and when it pays back. */
export function BusinessCaseCard({ onOpen }: { onOpen(): void }) {
  const businessCase = useBusinessCase();
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  if (!businessCase) return null;
  const { baseline, options, bestOptionId, horizonYears } = businessCase;
  const best = options.find((o) => o.id === bestOptionId && o.kind === 'vendor');
  const quotes = options.filter((o) => o.kind === 'vendor');
  return (
    <section className="summary-card" aria-labelledby="overview-costs-title">
      <header className="summary-card__header">
        <Coins size={18} aria-hidden />
        <h2 id="overview-costs-title">Business case</h2>
      </header>
      <dl className="summary-card__figures">
        <div>
          <dt>Cost today</dt>
          <dd>{baseline.annualCost === null ? 'Not entered' : `${money(baseline.annualCost, currency)} a year`}</dd>
        </div>
        <div>
          <dt>Best option</dt>
          <dd dir="auto">
            {best
              ? `${best.name}${best.savingShare === null ? '' : `, saves ${percent(best.savingShare)}`}`
              : quotes.length === 0
                ? 'No quotes yet'
                : bestOptionId === 'in-house'
                  ? 'Keep in-house'
                  : 'Quotes incomplete'}
          </dd>
        </div>
        <div>
          <dt>Net present value, {horizonYears} years</dt>
          <dd>{best?.npv == null ? '—' : money(best.npv, currency)}</dd>
        </div>
      </dl>
      <button type="button" className="button button--small" onClick={onOpen}>
        Work on costs <ArrowRight size={15} aria-hidden />
      </button>
    </section>
  );
}
