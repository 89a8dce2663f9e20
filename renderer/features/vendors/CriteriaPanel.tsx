import { focusAfterUpdate } from '../../focusAfterUpdate';
import { useState } from 'react';
import {
  criterionGroupLabels,
  defaultCriteria,
  relationalSignalLabels,
  type RelationalSignal,
} from '../../../shared/catalog/criteria';
import type { Criterion } from '../../../shared/model/vendors';
import { criterionGroups, relationalSignals } from '../../../shared/model/vendorLabels';
import { InlineAddForm } from '../../components/InlineAddForm';
import { RowActions } from '../../components/RowActions';
import { Glyph } from '../../components/Glyph';
import { useAppStore, useStoreApi } from '../../store';
import type { VendorActions } from './vendorActions';

const thresholds = [null, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;

/** The questions vendors are scored on: the library's 17 or the user's own, each with its rubric and knock-out. */
export function CriteriaPanel({ actions, readOnly }: { actions: VendorActions; readOnly: boolean }) {
  const store = useStoreApi();
  const criteria = useAppStore((s) => s.current?.project.vendors.criteria ?? []);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [group, setGroup] = useState<Criterion['group']>('relationship');
  const removedFromLibrary = defaultCriteria().filter((c) => !criteria.some((mine) => mine.id === c.id));

  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const add = (name: string) => {
    focusAfterUpdate(
      () => {
        const id = actions.addCriterion(name, group);
        setOpen((previous) => new Set(previous).add(id));
        return id;
      },
      (id) => document.getElementById(`criterion-${id}-question`),
    );
  };

  const remove = (criterion: Criterion) => {
    actions.removeCriterion(criterion.id);
    store.getState().showToast(`Removed “${criterion.name}” and its scores. Press Ctrl+Z to undo.`);
  };

  return (
    <div className="criteria">
      <p className="muted criteria__intro">
        What you ask every provider, with what a weak (1), middling (3) and strong (5) answer sounds like. A minimum
        score makes a criterion a knock-out: a vendor below it is out, whatever its total.
      </p>
      <ol className="criteria__list">
        {criteria.map((criterion, index) => {
          const expanded = open.has(criterion.id);
          const id = `criterion-${criterion.id}`;
          return (
            <li key={criterion.id} className="criterion" data-record-id={criterion.id}>
              <div className="criterion__row">
                <button
                  type="button"
                  className="criterion__toggle"
                  aria-expanded={expanded}
                  aria-controls={`${id}-details`}
                  onClick={() => toggle(criterion.id)}
                >
                  <Glyph shape={expanded ? 'caret-down' : 'caret-right'} />
                  <span dir="auto">{criterion.name}</span>
                </button>
                <span className="badge">{criterionGroupLabels[criterion.group]}</span>
                {criterion.mustHaveThreshold !== null && (
                  <span className="badge badge--must">Knock-out below {criterion.mustHaveThreshold}</span>
                )}
                {criterion.relationalSignal && (
                  <span className="badge">Signal: {relationalSignalLabels[criterion.relationalSignal]}</span>
                )}
                <span className="criterion__source">{criterion.source}</span>
                <span className="criterion__actions">
                  <RowActions
                    name={criterion.name}
                    index={index}
                    count={criteria.length}
                    disabled={readOnly}
                    onMove={(direction) => actions.moveCriterion(criterion.id, direction)}
                    onRemove={() => remove(criterion)}
                  />
                </span>
              </div>
              {expanded && (
                <div id={`${id}-details`} className="criterion__details">
                  <label className="criterion__field criterion__field--wide">
                    <span className="field__label">Name</span>
                    <input
                      className="input"
                      value={criterion.name}
                      maxLength={200}
                      dir="auto"
                      disabled={readOnly}
                      onChange={(e) =>
                        e.target.value.trim() && actions.updateCriterion(criterion.id, { name: e.target.value })
                      }
                    />
                  </label>
                  <label className="criterion__field criterion__field--wide">
                    <span className="field__label">Question to ask</span>
                    <textarea
                      id={`${id}-question`}
                      className="input criterion__text"
                      rows={2}
                      maxLength={1000}
                      dir="auto"
                      value={criterion.question}
                      disabled={readOnly}
                      onChange={(e) => actions.updateCriterion(criterion.id, { question: e.target.value })}
                    />
                  </label>
                  {([1, 3, 5] as const).map((anchor) => (
                    <label key={anchor} className="criterion__field">
                      <span className="field__label">
                        {anchor === 1 ? '1 — sounds like' : anchor === 3 ? '3 — sounds like' : '5 — sounds like'}
                      </span>
                      <textarea
                        className="input criterion__text"
                        rows={3}
                        maxLength={1000}
                        dir="auto"
                        value={criterion.rubric[anchor]}
                        disabled={readOnly}
                        onChange={(e) =>
                          actions.updateCriterion(criterion.id, {
                            rubric: { ...criterion.rubric, [anchor]: e.target.value },
                          })
                        }
                      />
                    </label>
                  ))}
                  <label className="criterion__field">
                    <span className="field__label">Group</span>
                    <select
                      className="input"
                      value={criterion.group}
                      disabled={readOnly}
                      onChange={(e) =>
                        actions.updateCriterion(criterion.id, { group: e.target.value as Criterion['group'] })
                      }
                    >
                      {criterionGroups.map((g) => (
                        <option key={g} value={g}>
                          {criterionGroupLabels[g]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="criterion__field">
                    <span className="field__label">Knock-out: minimum score</span>
                    <select
                      className="input"
                      value={criterion.mustHaveThreshold ?? ''}
                      disabled={readOnly}
                      onChange={(e) =>
                        actions.updateCriterion(criterion.id, {
                          mustHaveThreshold: e.target.value === '' ? null : Number(e.target.value),
                        })
                      }
                    >
                      {thresholds.map((t) => (
                        <option key={t ?? 'none'} value={t ?? ''}>
                          {t === null ? 'None (not a knock-out)' : `${t} or more`}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="criterion__field">
                    <span className="field__label">Relational signal</span>
                    <select
                      className="input"
                      value={criterion.relationalSignal ?? ''}
                      disabled={readOnly}
                      onChange={(e) =>
                        actions.updateCriterion(criterion.id, {
                          relationalSignal: e.target.value === '' ? null : (e.target.value as RelationalSignal),
                        })
                      }
                    >
                      <option value="">None</option>
                      {relationalSignals.map((signal) => (
                        <option key={signal} value={signal}>
                          {relationalSignalLabels[signal]}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div className="criteria__add">
          <InlineAddForm
            label="New criterion"
            placeholder="A criterion of your own"
            action="Add criterion"
            maxLength={200}
            onAdd={add}
            extra={
              <>
                <label htmlFor="new-criterion-group" className="visually-hidden">
                  Group of the new criterion
                </label>
                <select
                  id="new-criterion-group"
                  className="input"
                  value={group}
                  onChange={(e) => setGroup(e.target.value as Criterion['group'])}
                >
                  {criterionGroups.map((g) => (
                    <option key={g} value={g}>
                      {criterionGroupLabels[g]}
                    </option>
                  ))}
                </select>
              </>
            }
          />
          {removedFromLibrary.length > 0 && (
            <label className="criteria__restore">
              <span className="field__label">Put back a library criterion</span>
              <select
                className="input"
                value=""
                onChange={(e) => {
                  const criterion = removedFromLibrary.find((c) => c.id === e.target.value);
                  if (criterion) actions.restoreCriterion(criterion);
                }}
              >
                <option value="">Choose…</option>
                {removedFromLibrary.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
    </div>
  );
}
