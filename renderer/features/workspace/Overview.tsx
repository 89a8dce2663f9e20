import { ArrowRight } from 'lucide-react';
import { ReadinessSummary } from '../checklist/ReadinessSummary';
import { BusinessCaseCard } from '../costs/BusinessCaseCard';
import { SectionPlaceholder } from './SectionPlaceholder';
import { workspaceSections, type SectionId } from './sections';

const comingSections = workspaceSections.filter((s) => !['overview', 'checklist', 'costs'].includes(s.id));

/** Where the project stands: readiness first, then a card per section, or what a section will add. */
export function Overview({
  onOpenChecklist,
  onOpenSection,
}: {
  onOpenChecklist(itemId?: string): void;
  onOpenSection(section: SectionId): void;
}) {
  return (
    <div className="overview">
      <div className="overview__readiness">
        <ReadinessSummary compact onShowItem={onOpenChecklist} />
        <button type="button" className="button" onClick={() => onOpenChecklist()}>
          Work on the checklist <ArrowRight size={15} aria-hidden />
        </button>
      </div>
      <div className="overview__coming">
        <BusinessCaseCard onOpen={() => onOpenSection('costs')} />
        {comingSections.map((section) => (
          <SectionPlaceholder key={section.id} section={section} />
        ))}
      </div>
    </div>
  );
}
