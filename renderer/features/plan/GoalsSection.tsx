import { InlineAddForm } from '../../components/InlineAddForm';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { RowActions } from '../../components/RowActions';
import { useAppStore, useStoreApi } from '../../store';
import type { PlanActions } from './planActions';

/** Tip 1: the company's goals, and how handing the function over serves each — the case is not only the cost. */
export function GoalsSection({ actions, readOnly }: { actions: PlanActions; readOnly: boolean }) {
  const store = useStoreApi();
  const goals = useAppStore((s) => s.current?.project.plan.goals ?? []);
  const add = (goal: string) => {
    focusAfterUpdate(
      () => actions.add('goals', { goal, contribution: '' }),
      (id) => document.getElementById(`goal-${id}-contribution`),
    );
  };

  return (
    <section className="card plan-section" aria-labelledby="goals-title">
      <header className="plan-section__header">
        <h2 id="goals-title">Strategic goals</h2>
        <p className="muted">
          What the company is trying to achieve, and how outsourcing this function helps. Executives back a move that
          serves the strategy, not only a smaller bill.
        </p>
      </header>
      {goals.length === 0 && <p className="empty-note">No goals yet. Two or three are enough.</p>}
      <ol className="plan-list">
        {goals.map((g, index) => (
          <li key={g.id} className="plan-card goal" data-record-id={g.id}>
            <div className="plan-card__fields goal__fields">
              <label className="plan-field">
                <span className="field__label">Goal</span>
                <input
                  className="input"
                  value={g.goal}
                  maxLength={300}
                  dir="auto"
                  disabled={readOnly}
                  onChange={(e) => e.target.value.trim() && actions.update('goals', g.id, { goal: e.target.value })}
                />
              </label>
              <label className="plan-field">
                <span className="field__label">How outsourcing serves it</span>
                <textarea
                  id={`goal-${g.id}-contribution`}
                  className="input plan-field__text"
                  rows={2}
                  maxLength={1000}
                  dir="auto"
                  placeholder="e.g. Frees the team lead to build the wholesale channel"
                  value={g.contribution}
                  disabled={readOnly}
                  onChange={(e) => actions.update('goals', g.id, { contribution: e.target.value })}
                />
              </label>
            </div>
            <RowActions
              name={`goal ${index + 1}`}
              index={index}
              count={goals.length}
              disabled={readOnly}
              onMove={(direction) => actions.move('goals', g.id, direction)}
              onRemove={() => {
                actions.remove('goals', g.id);
                store.getState().showToast('Removed the goal. Press Ctrl+Z to undo.');
              }}
            />
          </li>
        ))}
      </ol>
      {!readOnly && (
        <InlineAddForm
          label="New goal"
          placeholder="A company goal, e.g. Open a second market next year"
          action="Add goal"
          maxLength={300}
          onAdd={add}
        />
      )}
    </section>
  );
}
