import { TrendingDown, TrendingUp } from 'lucide-react';
import { useMemo } from 'react';
import type { Baseline } from '../../../shared/domain/businessCase';
import { describeBaseline } from '../../../shared/domain/baselineWords';
import { periodsByStart } from '../../../shared/domain/costEdits';
import { costCategoryLabels } from '../../../shared/model/costCategories';
import { gridNumber, money, percent } from '../../format';
import { useAppStore } from '../../store';
import { useAppStoreSettled } from '../../store/useAppStoreSettled';
import { CostHistoryChart } from './charts/CostHistoryChart';
import { useVolumeUnit } from './useVolumeUnit';

/** The baseline the business case compares against, the trend per category, and a chart of the history. */
export function BaselinePanel({ baseline }: { baseline: Baseline }) {
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  // The chart follows the grid once the typing pauses.
  const periods = useAppStoreSettled((s) => s.current?.project.costs.periods);
  const unit = useVolumeUnit();
  const sorted = useMemo(() => periodsByStart(periods ?? []), [periods]);
  const sentences = describeBaseline(baseline, currency, unit);
  const withAmounts = sorted.filter((p) => Object.keys(p.amounts).length > 0);

  return (
    <section className="card costs-section baseline" aria-labelledby="baseline-title">
      <header className="costs-section__header">
        <h2 id="baseline-title">Baseline</h2>
      </header>
      <div className="baseline__body">
        <div className="baseline__words">
          <dl className="figures">
            <div className="figure">
              <dt>Baseline yearly cost</dt>
              <dd>{baseline.annualCost === null ? '—' : money(baseline.annualCost, currency)}</dd>
              <dd className="figure__note">{baseline.label ?? 'No baseline yet'}</dd>
            </div>
            <div className="figure">
              <dt>Cost per {unit.replace(/s$/, '')}</dt>
              <dd>{baseline.costPerUnit === null ? '—' : money(baseline.costPerUnit, currency, { cents: true })}</dd>
              <dd className="figure__note">
                {baseline.volume === null ? 'Volume not entered' : `${gridNumber(baseline.volume)} ${unit}`}
              </dd>
            </div>
          </dl>
          {sentences.length > 0 && <p className="baseline__summary">{sentences.join(' ')}</p>}
          {baseline.missing.length > 0 && (
            <ul className="missing-list" aria-label="Still to enter for the baseline">
              {baseline.missing.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {baseline.trend.length > 0 && (
            <table className="trend-table">
              <caption className="visually-hidden">Change per category between the first and the latest year</caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {baseline.trend.map((trend) => (
                  <tr key={trend.categoryId}>
                    <th scope="row">{costCategoryLabels[trend.categoryId]}</th>
                    <td>
                      {trend.change === null ? (
                        '—'
                      ) : (
                        <span className={trend.change > 0 ? 'trend trend--up' : 'trend trend--down'}>
                          {trend.change > 0 ? (
                            <TrendingUp size={13} aria-hidden />
                          ) : (
                            <TrendingDown size={13} aria-hidden />
                          )}
                          {trend.change > 0 ? '+' : '−'}
                          {money(Math.abs(trend.change), currency)}
                          {trend.changeShare !== null &&
                            ` (${trend.change > 0 ? '+' : '−'}${percent(Math.abs(trend.changeShare))})`}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {withAmounts.length > 0 && (
          <CostHistoryChart periods={withAmounts} summary={`Cost per period by category. ${sentences.join(' ')}`} />
        )}
      </div>
    </section>
  );
}
