import { InlineAddForm } from '../../components/InlineAddForm';
import type { Risk } from '../../../shared/model/plan';
import { riskLevelLabels, riskLevels, type RiskLevel } from '../../../shared/model/planLabels';
import { RowActions } from '../../components/RowActions';
import { useAppStore, useStoreApi } from '../../store';
import type { PlanActions } from './planActions';
import { focusAfterUpdate } from '../../focusAfterUpdate';

const severity = (risk: Pick<Risk, 'likelihood' | 'impact'>) =>
  riskLevels.indexOf(risk.likelihood) + riskLevels.indexOf(risk.impact);

/** What could go wrong, how likely and how bad, what we do about it and who owns it; shown as a matrix too. */
export function RisksSection({ actions, readOnly }: { actions: PlanActions; readOnly: boolean }) {
  const store = useStoreApi();
  const risks = useAppStore((s) => s.current?.project.plan.risks ?? []);
  const add = (description: string) => {
    focusAfterUpdate(
      () => actions.add('risks', { description, likelihood: 'medium', impact: 'medium', mitigation: '', owner: '' }),
      (id) => document.getElementById(`risk-${id}-mitigation`),
    );
  };

  return (
    <section className="card plan-section" aria-labelledby="risks-title">
      <header className="plan-section__header">
        <h2 id="risks-title">Risks</h2>
        <p className="muted">The risk register: likelihood and impact, the mitigation and who owns it.</p>
      </header>
      <div className="risks">
        <div className="risks__list">
          {risks.length === 0 && (
            <p className="empty-note">No risks yet. Losing customer knowledge is a common first one.</p>
          )}
          <ol className="plan-list">
            {risks.map((risk, index) => (
              <li key={risk.id} className="plan-card" data-record-id={risk.id}>
                <div className="plan-card__fields risk__fields">
                  <label className="plan-field plan-field--wide">
                    <span className="field__label">
                      <span className="risk-tag">R{index + 1}</span> Risk
                    </span>
                    <input
                      className="input"
                      value={risk.description}
                      maxLength={1000}
                      dir="auto"
                      disabled={readOnly}
                      onChange={(e) =>
                        e.target.value.trim() && actions.update('risks', risk.id, { description: e.target.value })
                      }
                    />
                  </label>
                  {(['likelihood', 'impact'] as const).map((axis) => (
                    <label key={axis} className="plan-field">
                      <span className="field__label">{axis === 'likelihood' ? 'Likelihood' : 'Impact'}</span>
                      <select
                        className="input"
                        value={risk[axis]}
                        disabled={readOnly}
                        onChange={(e) => actions.update('risks', risk.id, { [axis]: e.target.value as RiskLevel })}
                      >
                        {riskLevels.map((level) => (
                          <option key={level} value={level}>
                            {riskLevelLabels[level]}
                          </option>
                        ))}
                      </select>
                    </label>
                  ))}
                  <label className="plan-field">
                    <span className="field__label">Owner</span>
                    <input
                      className="input"
                      value={risk.owner}
                      maxLength={200}
                      dir="auto"
                      disabled={readOnly}
                      onChange={(e) => actions.update('risks', risk.id, { owner: e.target.value })}
                    />
                  </label>
                  <label className="plan-field plan-field--wide">
                    <span className="field__label">Mitigation</span>
                    <input
                      id={`risk-${risk.id}-mitigation`}
                      className="input"
                      value={risk.mitigation}
                      maxLength={2000}
                      dir="auto"
                      disabled={readOnly}
                      onChange={(e) => actions.update('risks', risk.id, { mitigation: e.target.value })}
                    />
                  </label>
                </div>
                <RowActions
                  name={`risk ${index + 1}`}
                  index={index}
                  count={risks.length}
                  disabled={readOnly}
                  onMove={(direction) => actions.move('risks', risk.id, direction)}
                  onRemove={() => {
                    actions.remove('risks', risk.id);
                    store.getState().showToast('Removed the risk. Press Ctrl+Z to undo.');
                  }}
                />
              </li>
            ))}
          </ol>
          {!readOnly && (
            <InlineAddForm
              label="New risk"
              placeholder="What could go wrong?"
              action="Add risk"
              maxLength={1000}
              onAdd={add}
            />
          )}
        </div>
        <RiskMatrix risks={risks} />
      </div>
    </section>
  );
}

/** Likelihood across, impact up: the risks in each cell, the top-right ones first to deal with. */
function RiskMatrix({ risks }: { risks: readonly Risk[] }) {
  const levelsUp = riskLevels.toReversed();
  return (
    <table className="risk-matrix">
      <caption>Risk matrix: impact (rows) by likelihood (columns)</caption>
      <thead>
        <tr>
          <td />
          {riskLevels.map((likelihood) => (
            <th key={likelihood} scope="col">
              {riskLevelLabels[likelihood]} likelihood
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {levelsUp.map((impact) => (
          <tr key={impact}>
            <th scope="row">{riskLevelLabels[impact]} impact</th>
            {riskLevels.map((likelihood) => {
              const here = risks.flatMap((risk, index) =>
                risk.impact === impact && risk.likelihood === likelihood ? [{ risk, index }] : [],
              );
              return (
                <td
                  key={likelihood}
                  className={`risk-matrix__cell risk-matrix__cell--${severity({ likelihood, impact })}`}
                >
                  {here.map(({ risk, index }) => (
                    <span key={risk.id} className="risk-tag" title={risk.description}>
                      R{index + 1}
                      <span className="visually-hidden">: {risk.description}</span>
                    </span>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
