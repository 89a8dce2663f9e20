import { Download, FileText, Upload, UserPlus } from 'lucide-react';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { useState } from 'react';
import { vendorsFromCsv } from '../../../shared/domain/vendorCsv';
import { ActionMenu } from '../../components/ActionMenu';
import { ImportReportDialog, type ImportReport } from '../../components/ImportReportDialog';
import { InlineAddForm } from '../../components/InlineAddForm';
import { RowActions } from '../../components/RowActions';
import { api } from '../../api';
import { useAppStore, useStoreApi } from '../../store';
import { exportQuestionnaire, exportScoresTemplate, importScores } from './vendorFiles';
import type { VendorActions } from './vendorActions';

/** Who is being evaluated and who evaluates: the vendors (shared with the quotes on the Costs tab) and the evaluators. */
export function ParticipantsPanel({ actions, readOnly }: { actions: VendorActions; readOnly: boolean }) {
  const store = useStoreApi();
  const vendors = useAppStore((s) => s.current?.project.vendors.vendors ?? []);
  const evaluators = useAppStore((s) => s.current?.project.vendors.evaluators ?? []);
  const [report, setReport] = useState<ImportReport | null>(null);

  const addVendor = (name: string) => {
    focusAfterUpdate(
      () => actions.addVendor(name),
      (id) => document.getElementById(`vendor-${id}-contact`),
    );
  };

  const addEvaluator = (name: string) => {
    focusAfterUpdate(
      () => actions.addEvaluator(name),
      (id) => document.getElementById(`evaluator-${id}-role`),
    );
  };

  const importVendors = async () => {
    const file = await api.importText({ format: 'csv' });
    if (!file.ok) return store.getState().showNotice(file.error);
    const existing = store.getState().current?.project.vendors.vendors ?? [];
    const result = vendorsFromCsv(file.value.content, existing);
    if (result.vendors.length > 0) actions.addVendors(result.vendors);
    setReport({
      title: 'Vendors imported',
      summary:
        result.vendors.length === 0
          ? 'No vendor was added. The reasons are below.'
          : `${result.vendors.length} ${result.vendors.length === 1 ? 'vendor was' : 'vendors were'} added. Press Ctrl+Z to undo.`,
      rows: result.rows,
    });
  };

  const remove = (kind: 'vendor' | 'evaluator', id: string, name: string) => {
    if (kind === 'vendor') actions.removeVendor(id);
    else actions.removeEvaluator(id);
    store
      .getState()
      .showToast(
        `Removed “${name}” and the scores ${kind === 'vendor' ? 'given to it' : 'they gave'}. Press Ctrl+Z to undo.`,
      );
  };

  return (
    <div className="participants">
      <section className="vendor-section" aria-labelledby="vendor-list-title">
        <header className="vendor-section__header">
          <div>
            <h3 id="vendor-list-title">Vendors</h3>
            <p className="muted">The providers you are talking to. Their quotes are on the Costs tab.</p>
          </div>
          <div className="vendor-section__tools">
            <button
              type="button"
              className="button button--small"
              disabled={readOnly}
              onClick={() => void importVendors()}
            >
              <Upload size={14} aria-hidden /> Import vendors (CSV)…
            </button>
            <ActionMenu
              actions={[
                { label: 'Questionnaire as Word…', onSelect: () => void exportQuestionnaire(store, 'docx') },
                { label: 'Questionnaire as Markdown…', onSelect: () => void exportQuestionnaire(store, 'markdown') },
                { label: 'Score sheet (CSV)…', onSelect: () => exportScoresTemplate(store), separated: true },
                {
                  label: 'Import scores (CSV)…',
                  onSelect: () => void importScores(store, actions, setReport),
                  disabled: readOnly,
                },
              ]}
              trigger={
                <button type="button" className="button button--small">
                  <FileText size={14} aria-hidden /> Questionnaire & scores <Download size={14} aria-hidden />
                </button>
              }
            />
          </div>
        </header>
        {vendors.length === 0 && <p className="empty-note">No vendors yet. Add the providers on your shortlist.</p>}
        <ul className="vendor-cards">
          {vendors.map((vendor, index) => (
            <li key={vendor.id} className="vendor-card" data-record-id={vendor.id}>
              <div className="vendor-card__fields">
                <label className="vendor-field vendor-field--name">
                  <span className="field__label">Name</span>
                  <input
                    className="input"
                    value={vendor.name}
                    maxLength={200}
                    dir="auto"
                    disabled={readOnly}
                    onChange={(e) => e.target.value.trim() && actions.updateVendor(vendor.id, { name: e.target.value })}
                  />
                </label>
                <label className="vendor-field">
                  <span className="field__label">Contact</span>
                  <input
                    id={`vendor-${vendor.id}-contact`}
                    className="input"
                    value={vendor.contact}
                    maxLength={500}
                    dir="auto"
                    placeholder="Name, e-mail, phone"
                    disabled={readOnly}
                    onChange={(e) => actions.updateVendor(vendor.id, { contact: e.target.value })}
                  />
                </label>
                <label className="vendor-field">
                  <span className="field__label">Website</span>
                  <input
                    className="input"
                    value={vendor.website}
                    maxLength={500}
                    placeholder="https://…"
                    disabled={readOnly}
                    onChange={(e) => actions.updateVendor(vendor.id, { website: e.target.value })}
                  />
                </label>
                <label className="vendor-field vendor-field--wide">
                  <span className="field__label">Notes</span>
                  <textarea
                    className="input vendor-field__notes"
                    rows={2}
                    value={vendor.notes}
                    dir="auto"
                    disabled={readOnly}
                    onChange={(e) => actions.updateVendor(vendor.id, { notes: e.target.value })}
                  />
                </label>
              </div>
              <div className="vendor-card__actions">
                <RowActions
                  name={vendor.name}
                  index={index}
                  count={vendors.length}
                  disabled={readOnly}
                  onMove={(direction) => actions.moveVendor(vendor.id, direction)}
                  onRemove={() => remove('vendor', vendor.id, vendor.name)}
                />
              </div>
            </li>
          ))}
        </ul>
        {!readOnly && (
          <InlineAddForm
            label="New vendor’s name"
            placeholder="Vendor name"
            action="Add vendor"
            maxLength={200}
            onAdd={addVendor}
          />
        )}
      </section>

      <section className="vendor-section" aria-labelledby="evaluator-list-title">
        <header className="vendor-section__header">
          <div>
            <h3 id="evaluator-list-title">Evaluators</h3>
            <p className="muted">
              Everyone who scores the vendors. Each can score on their own, without seeing the others’ scores.
            </p>
          </div>
        </header>
        {evaluators.length === 0 && (
          <p className="empty-note">No evaluators yet. Add yourself and one or two colleagues.</p>
        )}
        <ul className="evaluator-list">
          {evaluators.map((evaluator) => (
            <li key={evaluator.id} className="evaluator-row">
              <input
                className="input"
                aria-label="Evaluator’s name"
                value={evaluator.name}
                maxLength={200}
                dir="auto"
                disabled={readOnly}
                onChange={(e) =>
                  e.target.value.trim() && actions.updateEvaluator(evaluator.id, { name: e.target.value })
                }
              />
              <input
                id={`evaluator-${evaluator.id}-role`}
                className="input"
                aria-label={`${evaluator.name}’s role`}
                placeholder="Role, e.g. Head of customer service"
                value={evaluator.role}
                maxLength={200}
                dir="auto"
                disabled={readOnly}
                onChange={(e) => actions.updateEvaluator(evaluator.id, { role: e.target.value })}
              />
              <RowActions
                name={evaluator.name}
                index={0}
                count={1}
                disabled={readOnly}
                onRemove={() => remove('evaluator', evaluator.id, evaluator.name)}
              />
            </li>
          ))}
        </ul>
        {!readOnly && (
          <InlineAddForm
            label="New evaluator’s name"
            placeholder="Evaluator name"
            action="Add evaluator"
            icon={UserPlus}
            maxLength={200}
            onAdd={addEvaluator}
          />
        )}
      </section>
      <ImportReportDialog report={report} onClose={() => setReport(null)} />
    </div>
  );
}
