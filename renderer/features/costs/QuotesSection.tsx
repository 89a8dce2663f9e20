import { Plus } from 'lucide-react';
import { memo } from 'react';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import type { BusinessCaseOption } from '../../../shared/domain/businessCase';
import type { Vendor } from '../../../shared/model/vendors';
import { AmountInput } from '../../components/AmountInput';
import { InlineAddForm } from '../../components/InlineAddForm';
import { RowActions } from '../../components/RowActions';
import { money } from '../../format';
import { useAppStore } from '../../store';
import { sameStrings } from '../../useStable';
import type { CostActions } from './costActions';

interface Props {
  actions: CostActions;
  readOnly: boolean;
  options: readonly BusinessCaseOption[];
}

/** What each provider would charge: the same vendor list vendor scoring uses. */
export function QuotesSection({ actions, readOnly, options }: Props) {
  const vendors = useAppStore((s) => s.current?.project.vendors.vendors ?? []);
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  const add = (name: string) => {
    focusAfterUpdate(
      () => actions.addVendor(name),
      (id) => document.getElementById(`quote-${id}-fee`),
    );
  };

  return (
    <section className="card costs-section" aria-labelledby="quotes-title">
      <header className="costs-section__header">
        <div>
          <h2 id="quotes-title">Vendor quotes</h2>
          <p className="muted">
            Each provider’s yearly price, what changes would cost, and how long until it works at full speed. The same
            vendors are scored on the Vendors tab.
          </p>
        </div>
      </header>
      {vendors.length === 0 && <p className="costs-empty">No vendors yet. Add the providers you are talking to.</p>}
      <div className="quotes">
        {vendors.map((vendor) => (
          <QuoteCard
            key={vendor.id}
            vendor={vendor}
            currency={currency}
            option={options.find((o) => o.id === vendor.id)}
            actions={actions}
            readOnly={readOnly}
          />
        ))}
      </div>
      {!readOnly && (
        <InlineAddForm
          label="New vendor’s name"
          placeholder="Vendor name"
          action="Add vendor"
          maxLength={200}
          onAdd={add}
        />
      )}
    </section>
  );
}

interface CardProps {
  vendor: Vendor;
  currency: string;
  option: BusinessCaseOption | undefined;
  actions: CostActions;
  readOnly: boolean;
}

/** The figures a card shows from the business case: the same when its total and its list of what is missing are. */
const sameOption = (a: BusinessCaseOption | undefined, b: BusinessCaseOption | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.annualCost === b.annualCost && sameStrings(a.missing, b.missing));

/**
 * One vendor's quote. When the business case catches up with an edit of the cost history, it gives every vendor
 * a new option with the same figures: the cards whose figures did not change are not rendered again.
 */
const QuoteCard = memo(
  QuoteCardContent,
  (previous, next) =>
    previous.vendor === next.vendor &&
    previous.currency === next.currency &&
    previous.actions === next.actions &&
    previous.readOnly === next.readOnly &&
    sameOption(previous.option, next.option),
);

function QuoteCardContent({ vendor, currency, option, actions, readOnly }: CardProps) {
  const { quote } = vendor;
  const id = `quote-${vendor.id}`;
  const perYear = `${currency} a year`;
  return (
    <article className="quote" aria-labelledby={`${id}-name`} data-record-id={vendor.id}>
      <header className="quote__header">
        <h3 id={`${id}-name`} dir="auto">
          {vendor.name}
        </h3>
        <span className="quote__total">
          {option?.annualCost == null ? 'Incomplete' : `${money(option.annualCost, currency)} a year`}
        </span>
      </header>
      <fieldset className="quote__model" disabled={readOnly}>
        <legend className="field__label">Pricing</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-model`}
            checked={quote.pricingModel === 'all-inclusive'}
            onChange={() => actions.updateQuote(vendor.id, { pricingModel: 'all-inclusive' })}
          />
          All-inclusive price for the program
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-model`}
            checked={quote.pricingModel === 'itemised'}
            onChange={() => actions.updateQuote(vendor.id, { pricingModel: 'itemised' })}
          />
          Itemised price lines
        </label>
      </fieldset>
      {quote.pricingModel === 'all-inclusive' ? (
        <div className="quote__field">
          <label htmlFor={`${id}-fee`} className="field__label">
            Yearly price
          </label>
          <AmountInput
            id={`${id}-fee`}
            value={quote.annualFee}
            allowEmpty
            min={0}
            suffix={perYear}
            disabled={readOnly}
            onChange={(annualFee) => actions.updateQuote(vendor.id, { annualFee })}
          />
        </div>
      ) : (
        <div className="quote__lines">
          <span className="field__label" id={`${id}-lines`}>
            Price lines (per year)
          </span>
          {quote.lines.length === 0 && <p className="muted">No lines yet.</p>}
          <ul aria-labelledby={`${id}-lines`}>
            {quote.lines.map((line, index) => (
              <li key={line.id} className="quote__line" data-line={line.id}>
                <input
                  className="input"
                  aria-label={`Line ${index + 1}: what it is for`}
                  placeholder="e.g. Agents, licences, reporting"
                  value={line.label}
                  maxLength={200}
                  disabled={readOnly}
                  onChange={(event) => actions.updateQuoteLine(vendor.id, line.id, { label: event.target.value })}
                />
                <AmountInput
                  ariaLabel={`Line ${index + 1}: yearly amount`}
                  value={line.annualAmount}
                  disabled={readOnly}
                  onChange={(annualAmount) =>
                    annualAmount !== null && actions.updateQuoteLine(vendor.id, line.id, { annualAmount })
                  }
                />
                <RowActions
                  name={`line ${index + 1}`}
                  index={index}
                  count={quote.lines.length}
                  disabled={readOnly}
                  onRemove={() => actions.removeQuoteLine(vendor.id, line.id)}
                />
              </li>
            ))}
          </ul>
          {!readOnly && (
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => {
                focusAfterUpdate(
                  () => actions.addQuoteLine(vendor.id),
                  (lineId) => document.querySelector<HTMLInputElement>(`[data-line="${lineId}"] input`),
                );
              }}
            >
              <Plus size={14} aria-hidden /> Add a line
            </button>
          )}
        </div>
      )}
      <div className="quote__grid">
        <QuoteNumber
          id={`${id}-changes`}
          label="Change requests a year"
          value={quote.changeRequestsPerYear}
          readOnly={readOnly}
          onChange={(changeRequestsPerYear) => actions.updateQuote(vendor.id, { changeRequestsPerYear })}
        />
        <QuoteNumber
          id={`${id}-change-fee`}
          label="Fee per change"
          suffix={currency}
          value={quote.changeFee}
          readOnly={readOnly}
          onChange={(changeFee) => actions.updateQuote(vendor.id, { changeFee })}
        />
        <QuoteNumber
          id={`${id}-ramp`}
          label="Months to full productivity"
          max={60}
          value={quote.rampMonths}
          readOnly={readOnly}
          onChange={(rampMonths) => actions.updateQuote(vendor.id, { rampMonths })}
        />
        <QuoteNumber
          id={`${id}-parallel`}
          label="Parallel-run cost a month"
          suffix={currency}
          value={quote.parallelRunMonthlyCost}
          readOnly={readOnly}
          onChange={(parallelRunMonthlyCost) => actions.updateQuote(vendor.id, { parallelRunMonthlyCost })}
        />
      </div>
      {option && option.missing.length > 0 && (
        <ul className="missing-list" aria-label={`Still to enter for ${vendor.name}`}>
          {option.missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

function QuoteNumber({
  id,
  label,
  value,
  suffix,
  max,
  readOnly,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  suffix?: string;
  max?: number;
  readOnly: boolean;
  onChange(value: number): void;
}) {
  return (
    <div className="quote__field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <AmountInput
        id={id}
        value={value}
        min={0}
        max={max}
        suffix={suffix}
        disabled={readOnly}
        onChange={(next) => next !== null && onChange(next)}
      />
    </div>
  );
}
