import { renderBriefingHtml, renderBriefingMarkdown, type Briefing } from '../../../shared/briefing';
import { api } from '../../api';
import { bytesToBase64 } from '../../bytes';
import type { AppStore } from '../../store';

export type ExportFormat = 'pdf' | 'docx' | 'markdown';

const fileName = (briefing: Briefing) => `${briefing.projectName} — briefing for the ${briefing.audienceLabel}`;

/**
 * Writes the briefing where the user picks: PDF printed by the main process from the same HTML as the
 * preview, Word built here (docx loads only now), Markdown as text. Says where it went, or why not.
 */
export async function exportBriefing(
  store: AppStore,
  briefing: Briefing,
  format: ExportFormat,
  pageSize: 'A4' | 'Letter',
): Promise<void> {
  const suggestedName = fileName(briefing);
  if (format === 'markdown') {
    await store.getState().exportText({ suggestedName, format, content: renderBriefingMarkdown(briefing) });
    return;
  }
  const result =
    format === 'pdf'
      ? await api.exportPdf({ suggestedName, html: renderBriefingHtml(briefing, { pageSize }) })
      : await (async () => {
          const { renderBriefingDocx } = await import('../../../shared/briefing/docx');
          const bytes = await renderBriefingDocx(briefing);
          return api.exportBinary({ suggestedName, format: 'docx', base64: bytesToBase64(bytes) });
        })();
  if (result.ok) store.getState().showToast(`Exported to ${result.value.path}`);
  else store.getState().showNotice(result.error);
}

/**
 * Copies the briefing as rich text (for an e-mail or a slide's notes) with Markdown as the plain-text
 * version: through the copy event, which needs no clipboard permission.
 */
export function copyBriefing(store: AppStore, briefing: Briefing): void {
  const html = renderBriefingHtml(briefing);
  const text = renderBriefingMarkdown(briefing);
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy, { once: true });
  const copied = document.execCommand('copy');
  document.removeEventListener('copy', onCopy);
  if (copied) store.getState().showToast('Copied the briefing. Paste it into an e-mail or a document.');
  else
    store.getState().showNotice({
      code: 'io',
      message: 'The briefing could not be copied. Export it as Word or Markdown instead.',
    });
}
