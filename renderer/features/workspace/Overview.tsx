import { memo } from 'react';
import { ArrowRight } from 'lucide-react';
import { ReadinessSummary } from '../checklist/ReadinessSummary';
import { BusinessCaseCard } from '../costs/BusinessCaseCard';
import { PlanCard } from '../plan/PlanCard';
import { VendorFitCard } from '../vendors/VendorFitCard';
import type { SectionId } from './sections';

/** Where the project stands: readiness first, then a card per section with its key figures. */
export const Overview = memo(function Overview({
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
        <VendorFitCard onOpen={() => onOpenSection('vendors')} />
        <PlanCard onOpen={() => onOpenSection('plan')} />
        <button
          type="button"
          className="button button--primary overview__briefing"
          onClick={() => onOpenSection('briefing')}
        >
          Prepare the briefing for your executives <ArrowRight size={15} aria-hidden />
        </button>
      </div>
    </div>
  );
});
