import { selectReadOnly } from '../../store/projectSlice';
import { useAppStore } from '../../store';
import { ExpectationsSection } from './ExpectationsSection';
import { GoalsSection } from './GoalsSection';
import { GovernanceSection } from './GovernanceSection';
import { usePlanActions } from './planActions';
import { RisksSection } from './RisksSection';
import './plan.css';

/** The Plan tab: why (goals), what we expect (SLA), how we run the relationship (governance), and what could go wrong. */
export default function PlanView() {
  const actions = usePlanActions();
  const readOnly = useAppStore(selectReadOnly);
  return (
    <div className="plan">
      <GoalsSection actions={actions} readOnly={readOnly} />
      <ExpectationsSection actions={actions} readOnly={readOnly} />
      <GovernanceSection actions={actions} readOnly={readOnly} />
      <RisksSection actions={actions} readOnly={readOnly} />
    </div>
  );
}
