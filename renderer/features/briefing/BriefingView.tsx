import { ClipboardCopy, FileDown, FileText, FileType, RotateCcw } from 'lucide-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useProjectWhileShown } from '../../store/useProjectWhileShown';
import { useSectionShown } from '../workspace/sectionShown';
import { useWhileShown } from '../workspace/useWhileShown';
import { composeBriefing, renderBriefingHtml } from '../../../shared/briefing';
import {
  audienceLabels,
  briefingAudiences,
  briefingSectionTitles,
  type BriefingAudience,
} from '../../../shared/briefing/sections';
import { RowActions } from '../../components/RowActions';
import { useAppStore, useStoreApi } from '../../store';
import { selectReadOnly } from '../../store/projectSlice';
import type { SectionProps } from '../workspace/Workspace';
import { layoutFor, useBriefingActions } from './briefingActions';
import { copyBriefing, exportBriefing, type ExportFormat } from './briefingExports';
import { BriefingPreview } from './BriefingPreview';
import { paperSizeFor } from './paperSize';
import { StrengthList } from './StrengthList';
import { rankProbabilitySamples, useRankProbabilities } from '../vendors/useRankProbabilities';
import './briefing.css';

/**
 * The Briefing tab: the document that asks the executives for a decision, composed from everything else,
 * previewed live beside its settings, and exported as PDF, Word or Markdown.
 */
export default function BriefingView({ onNavigate }: SectionProps) {
  const shown = useSectionShown();
  const store = useStoreApi();
  const actions = useBriefingActions();
  const readOnly = useAppStore(selectReadOnly);
  // Parked, the tab keeps the project it last showed: edits elsewhere neither re-render nor recompose it.
  const project = useProjectWhileShown(shown);
  // Typing in the settings stays instant: the preview follows when the browser has time.
  const deferred = useDeferredValue(project);
  const [openNote, setOpenNote] = useState<string | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const pageSize = useMemo(() => paperSizeFor(navigator.language), []);
  // The same rank probabilities as the Vendors tab (10,000 samples in the worker), so both say the same figure.
  const { probabilities, computedFor } = useRankProbabilities(!shown);
  // Only figures worked out for the scores it shows; parked, the ones it last showed (a score given elsewhere must
  // not recompose it).
  const shares = useWhileShown(computedFor === deferred?.vendors ? probabilities : null, shown);
  const briefing = useMemo(
    () =>
      deferred
        ? composeBriefing(deferred, shares ? { rankProbabilities: { shares, samples: rankProbabilitySamples } } : {})
        : null,
    [deferred, shares],
  );
  const html = useMemo(() => (briefing ? renderBriefingHtml(briefing, { pageSize }) : ''), [briefing, pageSize]);
  if (!project || !briefing) return null;

  const settings = project.briefing;
  const audience = settings.audience;
  const layout = layoutFor(settings, audience);

  const run = async (format: ExportFormat) => {
    setExporting(format);
    try {
      await exportBriefing(store, briefing, format, pageSize);
    } finally {
      setExporting(null);
    }
  };

  return (
    <div className="briefing">
      <div className="briefing__controls">
        <section className="briefing-panel" aria-labelledby="briefing-audience-title">
          <h2 id="briefing-audience-title" className="briefing-panel__title">
            For whom
          </h2>
          <div className="audience" role="radiogroup" aria-labelledby="briefing-audience-title">
            {briefingAudiences.map((id: BriefingAudience) => (
              <label key={id} className={`audience__option${audience === id ? ' audience__option--on' : ''}`}>
                <input
                  type="radio"
                  name="audience"
                  checked={audience === id}
                  disabled={readOnly}
                  onChange={() => actions.setAudience(id)}
                />
                {audienceLabels[id]}
              </label>
            ))}
          </div>
          <label className="briefing-field" data-record-id="decision-requested">
            <span className="field__label">Decision you are asking for</span>
            <textarea
              className="input briefing-field__text"
              rows={3}
              maxLength={2000}
              dir="auto"
              placeholder="e.g. Approve going to market with three providers and a transition budget of $60,000."
              value={settings.decisionRequested}
              disabled={readOnly}
              onChange={(e) => actions.setText('decisionRequested', e.target.value)}
            />
          </label>
          <label className="briefing-field" data-record-id="recommendation">
            <span className="field__label">Recommendation in your words (optional)</span>
            <textarea
              className="input briefing-field__text"
              rows={3}
              maxLength={4000}
              dir="auto"
              placeholder="Leave empty to use the recommendation composed from your analysis."
              value={settings.recommendation}
              disabled={readOnly}
              onChange={(e) => actions.setText('recommendation', e.target.value)}
            />
          </label>
          <label className="briefing-field" data-record-id="strategic-goals">
            <span className="field__label">How this serves the strategy, in your words (optional)</span>
            <textarea
              className="input briefing-field__text"
              rows={3}
              maxLength={4000}
              dir="auto"
              placeholder="Added to the strategic alignment, beside the goals on the Plan tab."
              value={settings.strategicGoals}
              disabled={readOnly}
              onChange={(e) => actions.setText('strategicGoals', e.target.value)}
            />
          </label>
          <label className="briefing-field" data-record-id="prepared-by">
            <span className="field__label">Prepared by</span>
            <input
              className="input"
              maxLength={200}
              dir="auto"
              value={settings.preparedBy}
              disabled={readOnly}
              onChange={(e) => actions.setText('preparedBy', e.target.value)}
            />
          </label>
        </section>

        <section className="briefing-panel" aria-labelledby="briefing-sections-title">
          <div className="briefing-panel__head">
            <h2 id="briefing-sections-title" className="briefing-panel__title">
              Sections
            </h2>
            {settings.layouts[audience] && (
              <button
                type="button"
                className="button button--small button--ghost"
                disabled={readOnly}
                onClick={() => actions.resetLayout(audience)}
              >
                <RotateCcw size={13} aria-hidden /> Default for the {audienceLabels[audience]}
              </button>
            )}
          </div>
          <ol className="briefing-sections">
            {layout.map((entry, index) => {
              const title = briefingSectionTitles[entry.id];
              const note = settings.sectionNotes[entry.id] ?? '';
              return (
                <li
                  key={entry.id}
                  data-record-id={entry.id}
                  className={entry.included ? 'briefing-section' : 'briefing-section briefing-section--off'}
                >
                  <div className="briefing-section__row">
                    <label className="briefing-section__toggle">
                      <input
                        type="checkbox"
                        checked={entry.included}
                        disabled={readOnly}
                        onChange={() => actions.toggleSection(audience, layout, entry.id)}
                      />
                      {title}
                    </label>
                    <button
                      type="button"
                      className="link-button briefing-section__note-toggle"
                      aria-expanded={openNote === entry.id}
                      onClick={() => setOpenNote(openNote === entry.id ? null : entry.id)}
                    >
                      {note ? 'Edit note' : 'Add note'}
                      <span className="visually-hidden"> to {title}</span>
                    </button>
                    <RowActions
                      name={title}
                      index={index}
                      count={layout.length}
                      disabled={readOnly}
                      onMove={(direction) => actions.moveSection(audience, layout, entry.id, direction)}
                    />
                  </div>
                  {openNote === entry.id && (
                    <textarea
                      className="input briefing-field__text"
                      rows={3}
                      maxLength={4000}
                      dir="auto"
                      aria-label={`Your note in ${title}`}
                      autoFocus
                      placeholder="Your own words, added to this section for every audience."
                      value={note}
                      disabled={readOnly}
                      onChange={(e) => actions.setNote(entry.id, e.target.value)}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        </section>

        <StrengthList items={briefing.strength} onNavigate={onNavigate} />

        <section className="briefing-panel" aria-labelledby="briefing-export-title">
          <h2 id="briefing-export-title" className="briefing-panel__title">
            Export
          </h2>
          <div className="briefing-exports">
            <button
              type="button"
              className="button button--primary"
              disabled={exporting !== null}
              onClick={() => void run('pdf')}
            >
              <FileDown size={16} aria-hidden /> {exporting === 'pdf' ? 'Printing…' : `PDF (${pageSize})`}
            </button>
            <button type="button" className="button" disabled={exporting !== null} onClick={() => void run('docx')}>
              <FileType size={16} aria-hidden /> {exporting === 'docx' ? 'Building…' : 'Word'}
            </button>
            <button type="button" className="button" disabled={exporting !== null} onClick={() => void run('markdown')}>
              <FileText size={16} aria-hidden /> Markdown
            </button>
            <button type="button" className="button" onClick={() => copyBriefing(store, briefing)}>
              <ClipboardCopy size={16} aria-hidden /> Copy as rich text
            </button>
          </div>
        </section>
      </div>
      <BriefingPreview
        html={html}
        title={`Preview of the briefing for the ${audienceLabels[audience]}`}
        onNavigate={onNavigate}
      />
    </div>
  );
}
