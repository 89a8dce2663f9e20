import { useCallback } from 'react';
import type { WorkspaceTab } from '../../../shared/briefing';
import type { SectionProps } from '../workspace/Workspace';

const tabs = new Set<string>(['overview', 'checklist', 'costs', 'vendors', 'plan', 'briefing']);

/**
 * The briefing exactly as it will print: the same self-contained HTML, in a frame where no script can run.
 * Each fact with a source becomes a link (click, or Tab and Enter) to the record it came from.
 */
export function BriefingPreview({ html, title, onNavigate }: { html: string; title: string } & SectionProps) {
  const linkFacts = useCallback(
    (frame: HTMLIFrameElement | null) => {
      const document = frame?.contentDocument;
      if (!document) return;
      const open = (element: Element | null) => {
        const source = element?.closest<HTMLElement>('[data-ref-tab]');
        const tab = source?.dataset['refTab'];
        if (!source || !tab || !tabs.has(tab)) return false;
        onNavigate(tab as WorkspaceTab, source.dataset['refId']);
        return true;
      };
      for (const element of document.querySelectorAll<HTMLElement>('[data-ref-tab]')) {
        element.tabIndex = 0;
        element.setAttribute('role', 'link');
        element.title = `Open the source: ${element.dataset['refLabel'] ?? 'its record'}`;
      }
      document.addEventListener('click', (event) => {
        if (open(event.target as Element)) event.preventDefault();
      });
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && open(event.target as Element)) event.preventDefault();
      });
    },
    [onNavigate],
  );

  return (
    <div className="briefing__preview">
      <iframe
        key={html}
        className="briefing__frame"
        title={title}
        sandbox="allow-same-origin"
        srcDoc={html}
        onLoad={(event) => linkFacts(event.currentTarget)}
      />
    </div>
  );
}
