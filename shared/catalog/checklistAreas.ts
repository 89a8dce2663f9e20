import type { ChecklistAreaId } from '../model/checklist';
import type { ChecklistArea } from './types';

/** The readiness areas in the order the checklist and the briefing present them. */
export const checklistAreas: readonly ChecklistArea[] = [
  {
    id: 'sponsorship',
    title: 'Executive sponsorship',
    summary: 'A senior leader owns the decision and the leadership team sees how outsourcing serves the strategy.',
    defaultStage: 'preparing',
  },
  {
    id: 'baseline',
    title: 'Cost baseline and business case',
    summary: 'You know what the function really costs today and have tested outsourcing against the other options.',
    defaultStage: 'vendors',
  },
  {
    id: 'scope',
    title: 'Scope and retained organisation',
    summary: 'It is clear which work moves, which stays, where the two meet and who you keep to run your side.',
    defaultStage: 'vendors',
  },
  {
    id: 'process',
    title: 'Process readiness',
    summary: 'The work is written down, measured and mapped well enough for someone else to pick it up.',
    defaultStage: 'vendors',
  },
  {
    id: 'expectations',
    title: 'Expectations and SLA',
    summary: 'Outcomes, targets and the shape of the agreement are set before bidders see them.',
    defaultStage: 'vendors',
  },
  {
    id: 'relationship',
    title: 'Relationship model',
    summary: 'You know what kind of partner you want, where the work may be done and what you will not compromise on.',
    defaultStage: 'vendors',
  },
  {
    id: 'selection',
    title: 'Provider evaluation and due diligence',
    summary: 'Bidders are judged on criteria fixed in advance, and the finalists’ claims are checked before you sign.',
    defaultStage: 'contract',
  },
  {
    id: 'governance',
    title: 'Relationship management',
    summary: 'Someone inside the business runs the relationship, with a rhythm of reviews, feedback and escalation.',
    defaultStage: 'transfer',
  },
  {
    id: 'risk',
    title: 'Risk, data and compliance',
    summary: 'Personal data, continuity, the law and the way out are covered before the work leaves the building.',
    defaultStage: 'contract',
  },
  {
    id: 'transition',
    title: 'Transition and onboarding',
    summary: 'There is a plan to hand the work over, bring the provider to full speed and treat your people fairly.',
    defaultStage: 'transfer',
  },
];

export function checklistArea(id: ChecklistAreaId): ChecklistArea {
  const found = checklistAreas.find((a) => a.id === id);
  if (!found) throw new Error(`Unknown checklist area: ${id}`);
  return found;
}
