import type { ChecklistAreaId } from '../model/checklist';
import type { ChecklistArea } from './types';

/** The readiness areas in the order the checklist and the briefing present them. */
export const checklistAreas: readonly ChecklistArea[] = [
  {
    id: 'sponsorship',
    title: 'Executive sponsorship',
    summary: 'A senior leader owns the decision and the leadership team sees how outsourcing serves the strategy.',
  },
  {
    id: 'baseline',
    title: 'Cost-centre baseline',
    summary: 'You know what the function really costs today, where money leaks and what improvement is realistic.',
  },
  {
    id: 'process',
    title: 'Process readiness',
    summary: 'The work is written down, measured and mapped well enough for someone else to pick it up.',
  },
  {
    id: 'expectations',
    title: 'Expectations and SLA',
    summary: 'Results, targets, change rules and exit terms are clear before anything is signed.',
  },
  {
    id: 'relationship',
    title: 'Relationship model',
    summary: 'You know what kind of partner you want, what you will not compromise on and what to ask vendors.',
  },
  {
    id: 'governance',
    title: 'Relationship management',
    summary: 'Someone inside the business runs the relationship, with a rhythm of reviews, feedback and escalation.',
  },
  {
    id: 'transition',
    title: 'Transition and onboarding',
    summary: 'There is a plan to hand the work over, bring the provider to full speed and look after your people.',
  },
  {
    id: 'risk',
    title: 'Risk and compliance',
    summary: 'Data, continuity and exit risks are understood and covered before the work leaves the building.',
  },
];

export function checklistArea(id: ChecklistAreaId): ChecklistArea {
  const found = checklistAreas.find((a) => a.id === id);
  if (!found) throw new Error(`Unknown checklist area: ${id}`);
  return found;
}
