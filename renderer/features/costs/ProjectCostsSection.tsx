import { memo } from 'react';
import { Plus } from 'lucide-react';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { hiddenCostPrompts, type HiddenCostPrompt } from '../../../shared/catalog/hiddenCosts';
import {
  transitionCostKindLabels,
  transitionCostKinds,
  type TransitionCostKind,
} from '../../../shared/model/costCategories';
import { AmountInput } from '../../components/AmountInput';
import { RowActions } from '../../components/RowActions';
import { money } from '../../format';
import { useAppStore } from '../../store';
import type { CostActions } from './costActions';

/** Adds a cost line and puts the cursor in its amount, the one thing left to type. */
const addAndFocusAmount = (add: () => string) =>
  focusAfterUpdate(add, (id) =>
    document.querySelector<HTMLInputElement>(`[data-cost-line="${id}"] .amount-input input`),
  );

/**
 * Costs of the move that no quote shows: one-time transition costs, and the organisation that stays in-house
 * to manage the provider (tip 5's relationship manager among them). Forgotten costs are one click away.
 */
export const ProjectCostsSection = memo(function ProjectCostsSection({
  actions,
  readOnly,
}: {
  actions: CostActions;
  readOnly: boolean;
}) {
  const transition = useAppStore((s) => s.current?.project.costs.transitionCosts ?? []);
  const retained = useAppStore((s) => s.current?.project.costs.retainedCosts ?? []);
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  const used = new Set([...transition.map((c) => c.label), ...retained.map((c) => c.label)]);
  const prompts = hiddenCostPrompts.filter((prompt) => !used.has(prompt.label));
  const transitionTotal = transition.reduce((sum, c) => sum + c.amount, 0);
  const retainedTotal = retained.reduce((sum, c) => sum + c.annualAmount, 0);

  const addPrompt = (prompt: HiddenCostPrompt) => {
    addAndFocusAmount(() =>
      prompt.kind === 'retained'
        ? actions.addLine('retainedCosts', { label: prompt.label, annualAmount: 0 })
        : actions.addLine('transitionCosts', { kind: prompt.transitionKind, label: prompt.label, amount: 0 }),
    );
  };

  return (
    <section className="card costs-section" aria-labelledby="project-costs-title">
      <header className="costs-section__header">
        <div>
          <h2 id="project-costs-title">Costs of the move and of what stays in-house</h2>
          <p className="muted">They apply to every vendor option.</p>
        </div>
      </header>
      <div className="project-costs">
        <div className="cost-lines">
          <h3>
            One-time transition costs <span className="cost-lines__total">{money(transitionTotal, currency)}</span>
          </h3>
          <ul>
            {transition.map((cost, index) => (
              <li key={cost.id} className="cost-line" data-cost-line={cost.id}>
                <select
                  className="input"
                  aria-label={`Transition cost ${index + 1}: kind`}
                  value={cost.kind}
                  disabled={readOnly}
                  onChange={(e) =>
                    actions.updateLine('transitionCosts', cost.id, { kind: e.target.value as TransitionCostKind })
                  }
                >
                  {transitionCostKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {transitionCostKindLabels[kind]}
                    </option>
                  ))}
                </select>
                <input
                  className="input"
                  aria-label={`Transition cost ${index + 1}: what it is`}
                  value={cost.label}
                  maxLength={200}
                  disabled={readOnly}
                  onChange={(e) => actions.updateLine('transitionCosts', cost.id, { label: e.target.value })}
                />
                <AmountInput
                  ariaLabel={`Transition cost ${index + 1}: amount`}
                  value={cost.amount}
                  disabled={readOnly}
                  onChange={(amount) => amount !== null && actions.updateLine('transitionCosts', cost.id, { amount })}
                />
                <RowActions
                  name={`transition cost ${index + 1}`}
                  index={index}
                  count={transition.length}
                  disabled={readOnly}
                  onRemove={() => actions.removeLine('transitionCosts', cost.id)}
                />
              </li>
            ))}
          </ul>
          {!readOnly && (
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() =>
                addAndFocusAmount(() => actions.addLine('transitionCosts', { kind: 'other', label: '', amount: 0 }))
              }
            >
              <Plus size={14} aria-hidden /> Add a one-time cost
            </button>
          )}
        </div>
        <div className="cost-lines">
          <h3>
            Retained organisation, per year <span className="cost-lines__total">{money(retainedTotal, currency)}</span>
          </h3>
          <ul>
            {retained.map((cost, index) => (
              <li key={cost.id} className="cost-line cost-line--retained" data-cost-line={cost.id}>
                <input
                  className="input"
                  aria-label={`Retained cost ${index + 1}: what it is`}
                  value={cost.label}
                  maxLength={200}
                  disabled={readOnly}
                  onChange={(e) => actions.updateLine('retainedCosts', cost.id, { label: e.target.value })}
                />
                <AmountInput
                  ariaLabel={`Retained cost ${index + 1}: yearly amount`}
                  value={cost.annualAmount}
                  disabled={readOnly}
                  onChange={(annualAmount) =>
                    annualAmount !== null && actions.updateLine('retainedCosts', cost.id, { annualAmount })
                  }
                />
                <RowActions
                  name={`retained cost ${index + 1}`}
                  index={index}
                  count={retained.length}
                  disabled={readOnly}
                  onRemove={() => actions.removeLine('retainedCosts', cost.id)}
                />
              </li>
            ))}
          </ul>
          {!readOnly && (
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() =>
                addAndFocusAmount(() =>
                  actions.addLine('retainedCosts', { label: 'Relationship manager', annualAmount: 0 }),
                )
              }
            >
              <Plus size={14} aria-hidden /> Add a yearly cost
            </button>
          )}
        </div>
      </div>
      {!readOnly && prompts.length > 0 && (
        <div className="hidden-costs">
          <h3 className="field__label">Costs owners often forget</h3>
          <ul className="chip-list">
            {prompts.map((prompt) => (
              <li key={prompt.id}>
                <button
                  type="button"
                  className="chip"
                  title={`${prompt.hint} (${prompt.source})`}
                  aria-describedby={`${prompt.id}-hint`}
                  onClick={() => addPrompt(prompt)}
                >
                  <Plus size={13} aria-hidden /> {prompt.label}
                  <span className="chip__kind">{prompt.kind === 'retained' ? 'yearly' : 'one-time'}</span>
                </button>
                <span id={`${prompt.id}-hint`} className="visually-hidden">
                  {prompt.hint}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});
