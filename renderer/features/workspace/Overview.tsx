import { ArrowRight } from 'lucide-react';
import { ReadinessSummary } from '../checklist/ReadinessSummary';
import { SectionPlaceholder } from './SectionPlaceholder';
import { workspaceSections } from './sections';

const comingSections = workspaceSections.filter((s) => !['overview', 'checklist'].includes(s.id));

/** Where the project stands: readiness first, then what the other sections will add. */
export function Overview({ onOpenChecklist }: { onOpenChecklist(itemId?: string): void }) {
  return (
    <div className="overview">
      <div className="overview__readiness">
        <ReadinessSummary compact onShowItem={onOpenChecklist} />
        <button type="button" className="button" onClick={() => onOpenChecklist()}>
          Work on the checklist <ArrowRight size={15} aria-hidden />
        </button>
      </div>
      <div className="overview__coming">
        {comingSections.map((section) => (
          <SectionPlaceholder key={section.id} section={section} />
        ))}
      </div>
    </div>
  );
}
