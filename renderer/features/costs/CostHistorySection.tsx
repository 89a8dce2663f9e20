import { CalendarPlus, Download, Upload } from 'lucide-react';
import { memo, useCallback, useMemo, useState } from 'react';
import { periodsByStart } from '../../../shared/domain/costEdits';
import { costsFromCsv, costsToCsv } from '../../../shared/domain/costsCsv';
import { costCategoryIds, costCategoryLabels } from '../../../shared/model/costCategories';
import type { CostPeriod } from '../../../shared/model/costs';
import { ImportReportDialog, type ImportReport } from '../../components/ImportReportDialog';
import { localeNumberFormat } from '../../format';
import { api } from '../../api';
import { useAppStore, useStoreApi } from '../../store';
import type { CostActions } from './costActions';
import { CostGrid } from './CostGrid';
import { PeriodDialog } from './PeriodDialog';
import { useVolumeUnit } from './useVolumeUnit';

/** Tip 3: the cost-centre history, by period and category, with the volume of work and notes on where money goes. */
export const CostHistorySection = memo(function CostHistorySection({
  actions,
  readOnly,
}: {
  actions: CostActions;
  readOnly: boolean;
}) {
  const store = useStoreApi();
  const periods = useAppStore((s) => s.current?.project.costs.periods);
  const notes = useAppStore((s) => s.current?.project.costs.categoryNotes);
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  const volumeUnit = useVolumeUnit();
  const sorted = useMemo(() => periodsByStart(periods ?? []), [periods]);
  const [editingPeriod, setEditingPeriod] = useState<CostPeriod | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const exportCsv = () => {
    const project = store.getState().current?.project;
    if (!project) return;
    void store
      .getState()
      .exportText({ suggestedName: `${project.name} — cost history`, format: 'csv', content: costsToCsv(project) });
  };

  const importCsv = async () => {
    const file = await api.importText({ format: 'csv' });
    if (!file.ok) return store.getState().showNotice(file.error);
    const parsed = costsFromCsv(file.value.content, localeNumberFormat());
    const { replaced, added } =
      parsed.periods.length > 0 ? actions.importPeriods(parsed.periods) : { replaced: 0, added: 0 };
    const accepted = parsed.rows.filter((row) => row.accepted).length;
    setReport({
      title: 'Cost history imported',
      summary:
        accepted === 0
          ? 'Nothing was imported: no row could be read. The reasons are below.'
          : `${accepted} of ${parsed.rows.length} rows imported: ${added} new ${added === 1 ? 'period' : 'periods'}, ${replaced} updated. Press Ctrl+Z to undo.`,
      rows: parsed.rows,
    });
  };

  // By id, and the same functions every render: the grid's period heads (ten menus) do not render again when a
  // committed cell changes a period's amounts.
  const periodById = useCallback(
    (id: string) => store.getState().current?.project.costs.periods.find((period) => period.id === id),
    [store],
  );
  const editPeriod = useCallback((id: string) => setEditingPeriod(periodById(id) ?? null), [periodById]);
  const removePeriod = useCallback(
    (id: string) => {
      const period = periodById(id);
      if (!period) return;
      actions.removePeriod(period.id);
      store.getState().showToast(`Removed ${period.label}. Press Ctrl+Z to undo.`);
    },
    [actions, periodById, store],
  );

  return (
    <section className="card costs-section" aria-labelledby="cost-history-title">
      <header className="costs-section__header">
        <div>
          <h2 id="cost-history-title">Cost history</h2>
          <p className="muted">
            What the function costs today, period by period: the figures that tell your executives where money is lost.
            Paste straight from a spreadsheet.
          </p>
        </div>
        <div className="costs-section__tools">
          <button
            type="button"
            className="button button--small"
            disabled={readOnly}
            onClick={() => actions.addPeriod('year')}
          >
            <CalendarPlus size={14} aria-hidden /> Add a year
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={readOnly}
            onClick={() => actions.addPeriod('quarter')}
          >
            <CalendarPlus size={14} aria-hidden /> Add a quarter
          </button>
          <button type="button" className="button button--small" disabled={readOnly} onClick={() => void importCsv()}>
            <Upload size={14} aria-hidden /> Import CSV…
          </button>
          <button type="button" className="button button--small" disabled={sorted.length === 0} onClick={exportCsv}>
            <Download size={14} aria-hidden /> Export CSV…
          </button>
        </div>
      </header>

      {sorted.length === 0 ? (
        <div className="costs-empty">
          <p>
            <strong>No cost history yet.</strong> Add the last two or three years (or the last four quarters), then type
            or paste what each category cost. Amounts are in {currency}.
          </p>
        </div>
      ) : (
        <>
          <CostGrid
            periods={sorted}
            currency={currency}
            volumeUnit={volumeUnit}
            readOnly={readOnly}
            onSetCells={actions.setCells}
            onAddPeriods={(count) => actions.addPeriods(sorted.at(-1)?.kind ?? 'year', count)}
            onEditPeriod={editPeriod}
            onRemovePeriod={removePeriod}
            onReport={setMessage}
          />
          <p className="costs-grid-help muted">
            Arrows, Tab and Enter move · type to replace · F2 or Enter to edit · Delete clears · Ctrl+C / Ctrl+V copy
            and paste blocks. Amounts in {currency}; volume in {volumeUnit}.{' '}
            <label className="costs-unit">
              Unit of work:{' '}
              <input
                className="input input--inline"
                value={volumeUnit}
                maxLength={50}
                disabled={readOnly}
                onChange={(event) => actions.setVolumeUnit(event.target.value)}
              />
            </label>
          </p>
        </>
      )}
      <p className="costs-grid-message" role="status" aria-live="polite">
        {message}
      </p>

      {sorted.length > 0 && (
        <details className="cost-notes" open={Object.keys(notes ?? {}).length > 0 || undefined}>
          <summary>Why are we losing money? Notes per category</summary>
          <div className="cost-notes__grid">
            {costCategoryIds.map((category) => (
              <label key={category} className="cost-notes__field" data-record-id={category}>
                <span className="field__label">{costCategoryLabels[category]}</span>
                <textarea
                  className="input cost-notes__text"
                  rows={2}
                  maxLength={2000}
                  disabled={readOnly}
                  placeholder="What isn’t working here, and what would improve it?"
                  value={notes?.[category] ?? ''}
                  onChange={(event) => actions.setNote(category, event.target.value)}
                />
              </label>
            ))}
          </div>
        </details>
      )}
      <PeriodDialog period={editingPeriod} onClose={() => setEditingPeriod(null)} onSave={actions.updatePeriod} />
      <ImportReportDialog report={report} onClose={() => setReport(null)} />
    </section>
  );
});
