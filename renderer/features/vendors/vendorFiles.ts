import { composeQuestionnaire, renderQuestionnaireMarkdown } from '../../../shared/domain/questionnaire';
import { scoresCsvTemplate, scoresFromCsv } from '../../../shared/domain/vendorCsv';
import { api } from '../../api';
import type { ImportReport } from '../../components/ImportReportDialog';
import { bytesToBase64 } from '../../bytes';
import type { AppStore } from '../../store';
import type { VendorActions } from './vendorActions';

/** The questions for providers, as Word (built only now: docx is large) or Markdown, saved where the user picks. */
export async function exportQuestionnaire(store: AppStore, format: 'docx' | 'markdown'): Promise<void> {
  const project = store.getState().current?.project;
  if (!project) return;
  const questionnaire = composeQuestionnaire(project);
  const suggestedName = `${project.name} — questions for providers`;
  if (format === 'markdown') {
    await store.getState().exportText({ suggestedName, format, content: renderQuestionnaireMarkdown(questionnaire) });
    return;
  }
  const { renderQuestionnaireDocx } = await import('../../../shared/domain/questionnaireDocx');
  const bytes = await renderQuestionnaireDocx(questionnaire);
  const result = await api.exportBinary({ suggestedName, format: 'docx', base64: bytesToBase64(bytes) });
  if (result.ok) store.getState().showToast(`Exported to ${result.value.path}`);
  else store.getState().showNotice(result.error);
}

/** A CSV with one row per vendor × criterion × evaluator (scores filled in so far), to fill in and import back. */
export function exportScoresTemplate(store: AppStore): void {
  const project = store.getState().current?.project;
  if (!project) return;
  void store.getState().exportText({
    suggestedName: `${project.name} — score sheet`,
    format: 'csv',
    content: scoresCsvTemplate(project),
  });
}

/** Reads a filled-in score sheet: accepted rows replace those scores (one undo step), the rest are reported. */
export async function importScores(
  store: AppStore,
  actions: VendorActions,
  onReport: (report: ImportReport) => void,
): Promise<void> {
  const file = await api.importText({ format: 'csv' });
  if (!file.ok) return store.getState().showNotice(file.error);
  const project = store.getState().current?.project;
  if (!project) return;
  const result = scoresFromCsv(file.value.content, project);
  const accepted = result.rows.filter((row) => row.accepted).length;
  if (accepted > 0) actions.replaceScores(result.scores);
  onReport({
    title: 'Scores imported',
    summary:
      accepted === 0
        ? 'No score was imported. The reasons are below.'
        : `${accepted} of ${result.rows.length} rows imported. Press Ctrl+Z to undo.`,
    rows: result.rows,
  });
}
