import { Award } from 'lucide-react';
import { businessCaseFormulas, type BusinessCase, type BusinessCaseOption } from '../../../shared/domain/businessCase';
import { AmountInput } from '../../components/AmountInput';
import { money, percent } from '../../format';
import { useAppStore } from '../../store';
import { CashFlowChart } from './charts/CashFlowChart';
import type { CostActions } from './costActions';

interface Column {
  key: string;
  label: string;
  formula: string;
  value(option: BusinessCaseOption, currency: string): string;
}

const months = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const amount = (value: number | null, currency: string) => (value === null ? '—' : money(value, currency));

function paybackText(option: BusinessCaseOption, horizonYears: number): string {
  if (option.kind === 'in-house') return '—';
  if (option.paybackMonths !== null) {
    return option.paybackMonths === 0 ? 'At once' : `${months.format(option.paybackMonths)} months`;
  }
  return option.annualSaving === null || option.oneTimeCost === null ? '—' : `Not within ${horizonYears} years`;
}

function columns(horizonYears: number): Column[] {
  return [
    {
      key: 'annual',
      label: 'Yearly cost',
      formula: businessCaseFormulas.annualCost,
      value: (o, c) => amount(o.annualCost, c),
    },
    {
      key: 'one-time',
      label: 'One-time cost',
      formula: businessCaseFormulas.oneTimeCost,
      value: (o, c) => amount(o.oneTimeCost, c),
    },
    {
      key: 'saving',
      label: 'Yearly saving',
      formula: businessCaseFormulas.annualSaving,
      value: (o, c) => amount(o.annualSaving, c),
    },
    {
      key: 'share',
      label: 'Saving',
      formula: businessCaseFormulas.savingShare,
      value: (o) => (o.savingShare === null ? '—' : percent(o.savingShare)),
    },
    {
      key: 'npv',
      label: `NPV, ${horizonYears} years`,
      formula: businessCaseFormulas.npv,
      value: (o, c) => amount(o.npv, c),
    },
    {
      key: 'payback',
      label: 'Payback',
      formula: businessCaseFormulas.paybackMonths,
      value: (o) => paybackText(o, horizonYears),
    },
    {
      key: 'sensitivity',
      label: 'NPV if the price moves',
      formula: businessCaseFormulas.priceSensitivity,
      value: (o, c) =>
        o.kind === 'in-house'
          ? '—'
          : `${amount(o.priceSensitivity.at80, c)} at 80%\n${amount(o.priceSensitivity.at120, c)} at 120%`,
    },
  ];
}

/** Every option side by side, keeping the work in-house first, with the formulas a CFO will ask about. */
export function BusinessCaseSection({
  businessCase,
  actions,
  readOnly,
}: {
  businessCase: BusinessCase;
  actions: CostActions;
  readOnly: boolean;
}) {
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  const { options, horizonYears, discountRate, bestOptionId } = businessCase;
  const cols = columns(horizonYears);
  const best = options.find((o) => o.id === bestOptionId);

  return (
    <section className="card costs-section" aria-labelledby="business-case-title">
      <header className="costs-section__header">
        <div>
          <h2 id="business-case-title">Business case</h2>
          <p className="muted">
            {best && best.kind === 'vendor' && best.npv !== null
              ? `${best.name} is worth ${money(best.npv, currency)} over ${horizonYears} years in today’s money, the best of the options.`
              : best?.kind === 'in-house'
                ? `No vendor beats keeping the work in-house over ${horizonYears} years.`
                : 'Enter the cost history and at least one complete quote to compare the options.'}
          </p>
        </div>
        <div className="costs-section__tools">
          <label className="inline-field" htmlFor="horizon-years">
            Horizon
            <AmountInput
              id="horizon-years"
              value={horizonYears}
              min={1}
              max={15}
              suffix="years"
              disabled={readOnly}
              onChange={(value) => value !== null && actions.setHorizon({ horizonYears: Math.round(value) })}
            />
          </label>
          <label className="inline-field" htmlFor="discount-rate">
            Discount rate
            <AmountInput
              id="discount-rate"
              value={Math.round(discountRate * 10000) / 100}
              min={0}
              max={100}
              suffix="%"
              disabled={readOnly}
              onChange={(value) => value !== null && actions.setHorizon({ discountRate: value / 100 })}
            />
          </label>
        </div>
      </header>
      {/* Focusable so keyboard users can scroll the table sideways on a narrow window. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Comparison of the options">
        <table className="case-table">
          <caption className="visually-hidden">Options compared over {horizonYears} years</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              {cols.map((col) => (
                <th key={col.key} scope="col" title={col.formula}>
                  {col.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {options.map((option) => (
              <tr key={option.id} className={option.id === bestOptionId ? 'case-table__best' : undefined}>
                <th scope="row" dir="auto">
                  {option.name}
                  {option.id === bestOptionId && (
                    <span className="badge badge--best">
                      <Award size={12} aria-hidden /> Best NPV
                    </span>
                  )}
                  {option.missing.length > 0 && <span className="case-table__incomplete">Incomplete</span>}
                </th>
                {cols.map((col) => (
                  <td key={col.key} title={col.formula}>
                    {col.value(option, currency)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {options.some((o) => o.missing.length > 0 || o.notes.length > 0) && (
        <ul className="missing-list" aria-label="What the comparison still needs">
          {options
            .flatMap((o) => [...o.missing, ...o.notes.map((note) => `${o.name}: ${note}`)])
            .filter(unique)
            .map((line) => (
              <li key={line}>{line}</li>
            ))}
        </ul>
      )}
      <CashFlowChart options={options} horizonYears={horizonYears} currency={currency} />
      <details className="how-computed">
        <summary>How is this computed?</summary>
        <dl>
          {Object.entries(businessCaseFormulas).map(([key, formula]) => (
            <div key={key}>
              <dt>{figureNames[key as keyof typeof businessCaseFormulas]}</dt>
              <dd>{formula}</dd>
            </div>
          ))}
          <div>
            <dt>Discount rate and horizon</dt>
            <dd>
              Savings come at each year’s end, discounted at {percent(discountRate)} a year over {horizonYears} years;
              one-time costs are paid at the start. Amounts are not rounded until they are shown.
            </dd>
          </div>
        </dl>
      </details>
    </section>
  );
}

const unique = (line: string, index: number, lines: string[]) => lines.indexOf(line) === index;

const figureNames: Record<keyof typeof businessCaseFormulas, string> = {
  baselineAnnualCost: 'Baseline yearly cost',
  costPerUnit: 'Cost per unit',
  fee: 'Vendor fee',
  changeCost: 'Change requests',
  retainedCost: 'Retained organisation',
  annualCost: 'Yearly cost',
  oneTimeCost: 'One-time cost',
  annualSaving: 'Yearly saving',
  savingShare: 'Saving share',
  npv: 'Net present value (NPV)',
  paybackMonths: 'Payback',
  priceSensitivity: 'Price sensitivity',
};
