import { Plus } from 'lucide-react';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { useMemo } from 'react';
import { suggestedExpectations } from '../../../shared/domain/planSuggestions';
import type { Expectation } from '../../../shared/model/plan';
import { reportingCadences, type ReportingCadence } from '../../../shared/model/planLabels';
import { RowActions } from '../../components/RowActions';
import { useAppStore, useStoreApi } from '../../store';
import { useAppStoreSettled } from '../../store/useAppStoreSettled';
import type { PlanActions } from './planActions';

const cadenceLabels: Record<ReportingCadence, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly',
};

type TextField = 'objective' | 'kpi' | 'baseline' | 'target' | 'measurement' | 'consequence';

const fields: ReadonlyArray<{ key: TextField; label: string; max: number; wide?: boolean; hint?: string }> = [
  { key: 'objective', label: 'Objective (the outcome, not how)', max: 500, wide: true },
  { key: 'kpi', label: 'KPI', max: 300 },
  { key: 'baseline', label: 'Baseline today', max: 200, hint: 'e.g. 68% (last 12 months)' },
  { key: 'target', label: 'Target', max: 200, hint: 'e.g. 80% by month 6' },
  { key: 'measurement', label: 'How it is measured', max: 1000, wide: true },
  { key: 'consequence', label: 'If it is missed', max: 1000, wide: true, hint: 'e.g. 2% service credit' },
];

/** Tip 4: what the partner must achieve — outcomes with a baseline, a target and a consequence, before going to market. */
export function ExpectationsSection({ actions, readOnly }: { actions: PlanActions; readOnly: boolean }) {
  const store = useStoreApi();
  const expectations = useAppStore((s) => s.current?.project.plan.expectations ?? []);
  // Today's figures are suggested from the costs; they follow an edit of the costs once it pauses.
  const costs = useAppStoreSettled((s) => s.current?.project.costs);
  const functionTemplate = useAppStore((s) => s.current?.project.functionTemplate);
  const suggestions = useMemo(() => {
    const project = store.getState().current?.project;
    return project ? suggestedExpectations(project) : [];
    // Suggestions depend on the function and the cost baseline only.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store, costs, functionTemplate]);
  const taken = new Set(expectations.map((e) => e.kpi.trim().toLowerCase()));
  const open = suggestions.filter((s) => !taken.has(s.kpi.trim().toLowerCase()));

  const addSuggestion = (suggestion: Omit<Expectation, 'id'>) => {
    focusAfterUpdate(
      () => actions.add('expectations', suggestion),
      (id) => document.getElementById(`expectation-${id}-target`),
    );
  };

  return (
    <section className="card plan-section" aria-labelledby="expectations-title">
      <header className="plan-section__header">
        <h2 id="expectations-title">Expectations and service levels</h2>
        <p className="muted">
          What the provider must achieve, stated as outcomes, with today’s figure, the target and what happens when it
          is missed. Set them before asking for bids, so the bids can be compared.
        </p>
      </header>
      {expectations.length === 0 && (
        <p className="empty-note">No expectations yet. Start from the suggestions below.</p>
      )}
      <ol className="plan-list">
        {expectations.map((expectation, index) => (
          <li key={expectation.id} className="plan-card" data-record-id={expectation.id}>
            <div className="plan-card__fields expectation__fields">
              {fields.map((field) => (
                <label key={field.key} className={field.wide ? 'plan-field plan-field--wide' : 'plan-field'}>
                  <span className="field__label">{field.label}</span>
                  <input
                    id={`expectation-${expectation.id}-${field.key}`}
                    className="input"
                    value={expectation[field.key]}
                    maxLength={field.max}
                    dir="auto"
                    placeholder={field.hint}
                    disabled={readOnly}
                    onChange={(e) =>
                      (field.key !== 'objective' || e.target.value.trim()) &&
                      actions.update('expectations', expectation.id, { [field.key]: e.target.value })
                    }
                  />
                </label>
              ))}
              <label className="plan-field">
                <span className="field__label">Reported</span>
                <select
                  className="input"
                  value={expectation.cadence}
                  disabled={readOnly}
                  onChange={(e) =>
                    actions.update('expectations', expectation.id, { cadence: e.target.value as ReportingCadence })
                  }
                >
                  {reportingCadences.map((cadence) => (
                    <option key={cadence} value={cadence}>
                      {cadenceLabels[cadence]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <RowActions
              name={expectation.kpi || `expectation ${index + 1}`}
              index={index}
              count={expectations.length}
              disabled={readOnly}
              onMove={(direction) => actions.move('expectations', expectation.id, direction)}
              onRemove={() => {
                actions.remove('expectations', expectation.id);
                store.getState().showToast('Removed the expectation. Press Ctrl+Z to undo.');
              }}
            />
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="plan-suggestions">
          <h3 className="field__label">Suggested for this function</h3>
          <ul className="chip-list">
            {open.map((suggestion) => (
              <li key={suggestion.kpi}>
                <button
                  type="button"
                  className="chip"
                  title={`${suggestion.objective}. ${suggestion.measurement}`}
                  onClick={() => addSuggestion(suggestion)}
                >
                  <Plus size={13} aria-hidden /> {suggestion.kpi}
                  {suggestion.baseline && <span className="chip__kind">today {suggestion.baseline}</span>}
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="chip"
                onClick={() =>
                  addSuggestion({
                    objective: 'A new objective',
                    kpi: '',
                    baseline: '',
                    target: '',
                    measurement: '',
                    cadence: 'monthly',
                    consequence: '',
                  })
                }
              >
                <Plus size={13} aria-hidden /> An expectation of your own
              </button>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
