import * as Tabs from '@radix-ui/react-tabs';
import { useState, type ReactNode } from 'react';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import { selectReadOnly } from '../../store/projectSlice';
import { useAppStore } from '../../store';
import { CriteriaPanel } from './CriteriaPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ResultsPanel } from './ResultsPanel';
import { ScoresPanel } from './ScoresPanel';
import { useRankProbabilities } from './useRankProbabilities';
import { useEvaluation, useScoring } from './useScoring';
import { useVendorActions } from './vendorActions';
import { WeightsPanel } from './WeightsPanel';
import './vendors.css';
import { useRequestedPanel } from '../find/useWorkspaceTarget';

const panels = [
  { id: 'results', label: 'Results' },
  { id: 'scores', label: 'Scores' },
  { id: 'criteria', label: 'Criteria' },
  { id: 'weights', label: 'Weights' },
  { id: 'participants', label: 'Vendors & evaluators' },
] as const;
type PanelId = (typeof panels)[number]['id'];

/** The Vendors tab: who fits best, how sure we are, and the scores, criteria and weights behind it. */
export default function VendorsView() {
  const actions = useVendorActions();
  const readOnly = useAppStore(selectReadOnly);
  const scored = useScoring();
  const { probabilities, computedFor } = useRankProbabilities();
  const hasVendors = useAppStore((s) => (s.current?.project.vendors.vendors.length ?? 0) > 0);
  const [panel, setPanel] = useState<PanelId>(hasVendors ? 'results' : 'participants');
  useRequestedPanel(panels, setPanel);
  if (!scored) return null;

  return (
    <Tabs.Root className="vendors" value={panel} onValueChange={(value) => setPanel(value as PanelId)}>
      <Tabs.List className="subtabs" aria-label="Vendor evaluation">
        {panels.map((p) => (
          <Tabs.Trigger key={p.id} value={p.id} className="subtabs__tab">
            {p.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content value="results" className="vendors__panel">
        <WithEvaluation>
          {(evaluation) => (
            <ResultsPanel
              evaluation={evaluation}
              scored={scored}
              probabilities={probabilities}
              probabilitiesStale={computedFor !== null && computedFor !== evaluation}
              actions={actions}
              readOnly={readOnly}
            />
          )}
        </WithEvaluation>
      </Tabs.Content>
      <Tabs.Content value="scores" className="vendors__panel">
        <WithEvaluation>
          {(evaluation) => (
            <ScoresPanel evaluation={evaluation} scoring={scored.scoring} actions={actions} readOnly={readOnly} />
          )}
        </WithEvaluation>
      </Tabs.Content>
      <Tabs.Content value="criteria" className="vendors__panel">
        <CriteriaPanel actions={actions} readOnly={readOnly} />
      </Tabs.Content>
      <Tabs.Content value="weights" className="vendors__panel">
        <WithEvaluation>
          {(evaluation) => (
            <WeightsPanel evaluation={evaluation} scoring={scored.scoring} actions={actions} readOnly={readOnly} />
          )}
        </WithEvaluation>
      </Tabs.Content>
      <Tabs.Content value="participants" className="vendors__panel">
        <ParticipantsPanel actions={actions} readOnly={readOnly} />
      </Tabs.Content>
    </Tabs.Root>
  );
}

/**
 * The open panel reads the evaluation itself: a scored cell or a typed weight renders that panel, not the tab
 * strip around it (which follows the ranking once the edits pause).
 */
function WithEvaluation({ children }: { children: (evaluation: VendorEvaluation) => ReactNode }) {
  const evaluation = useEvaluation();
  return evaluation ? children(evaluation) : null;
}
