import { Scale } from 'lucide-react';
import { useAppStore } from '../../store';
import { SummaryCard } from '../workspace/SummaryCard';
import { useScoring } from './useScoring';

const relationalWords = { relational: 'relational', mixed: 'mixed', transactional: 'transactional' } as const;

/** Who leads the vendor evaluation, and how relational they are, for the Overview. */
export function VendorFitCard({ onOpen }: { onOpen(): void }) {
  const scored = useScoring();
  const vendors = useAppStore((s) => s.current?.project.vendors.vendors);
  const evaluators = useAppStore((s) => s.current?.project.vendors.evaluators.length ?? 0);
  if (!scored || !vendors) return null;
  const leaders = scored.scoring.vendors.filter((v) => v.rank === 1);
  const nameOf = (id: string) => vendors.find((v) => v.id === id)?.name ?? '';
  const leader = leaders[0];
  return (
    <SummaryCard
      id="vendors"
      icon={Scale}
      title="Vendor fit"
      figures={[
        {
          label: 'Vendors',
          value: `${vendors.length}, scored by ${evaluators} ${evaluators === 1 ? 'evaluator' : 'evaluators'}`,
        },
        {
          label: 'Leading',
          value: (
            <span dir="auto">
              {leaders.length === 0
                ? 'Nobody scored yet'
                : leaders.length > 1
                  ? `Tie: ${leaders.map((l) => nameOf(l.vendorId)).join(', ')}`
                  : `${nameOf(leader?.vendorId ?? '')} (${leader?.total?.toFixed(1) ?? '—'})`}
            </span>
          ),
        },
        {
          label: 'Leader’s style',
          value: leader?.relationalLabel ? relationalWords[leader.relationalLabel] : '—',
        },
      ]}
      action="Work on vendors"
      onOpen={onOpen}
    />
  );
}
