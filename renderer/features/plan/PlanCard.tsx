import { Handshake } from 'lucide-react';
import { useAppStore } from '../../store';
import { SummaryCard } from '../workspace/SummaryCard';

/** The partnership plan at a glance: expectations with targets, who manages the relationship, serious risks. */
export function PlanCard({ onOpen }: { onOpen(): void }) {
  const plan = useAppStore((s) => s.current?.project.plan);
  if (!plan) return null;
  const withTargets = plan.expectations.filter((e) => e.target.trim() !== '').length;
  const serious = plan.risks.filter((r) => r.impact === 'high' && r.likelihood !== 'low').length;
  const manager = plan.governance.relationshipManager.name.trim();
  return (
    <SummaryCard
      id="plan"
      icon={Handshake}
      title="Partnership plan"
      figures={[
        { label: 'Expectations', value: `${plan.expectations.length}, ${withTargets} with a target` },
        { label: 'Relationship manager', value: <span dir="auto">{manager || 'Not named yet'}</span> },
        { label: 'Risks', value: `${plan.risks.length}${serious > 0 ? `, ${serious} serious` : ''}` },
      ]}
      action="Work on the plan"
      onOpen={onOpen}
    />
  );
}
