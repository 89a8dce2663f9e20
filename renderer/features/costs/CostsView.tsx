import { useAppStore } from '../../store';
import { BaselinePanel } from './BaselinePanel';
import { BusinessCaseSection } from './BusinessCaseSection';
import { useCostActions } from './costActions';
import { CostHistorySection } from './CostHistorySection';
import { ProjectCostsSection } from './ProjectCostsSection';
import { QuotesSection } from './QuotesSection';
import { useBusinessCase } from './useBusinessCase';
import './costs.css';
import { selectReadOnly } from '../../store/projectSlice';

/**
 * The Costs tab: what the function costs today (tip 3), what each provider would cost instead, and the
 * business case that compares them with keeping the work in-house. The sections that do not show the business
 * case are memoised: when it catches up with an edit, the grid and the project costs are not rendered again.
 */
export default function CostsView() {
  const actions = useCostActions();
  const readOnly = useAppStore(selectReadOnly);
  const businessCase = useBusinessCase();
  if (!businessCase) return null;
  return (
    <div className="costs">
      <CostHistorySection actions={actions} readOnly={readOnly} />
      <BaselinePanel baseline={businessCase.baseline} />
      <QuotesSection actions={actions} readOnly={readOnly} options={businessCase.options} />
      <ProjectCostsSection actions={actions} readOnly={readOnly} />
      <BusinessCaseSection businessCase={businessCase} actions={actions} readOnly={readOnly} />
    </div>
  );
}
