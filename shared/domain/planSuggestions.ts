import { functionTemplate } from '../catalog/templates';
import { money } from '../format';
import type { Expectation, Meeting } from '../model/plan';
import type { Project } from '../model/project';
import { businessCaseOf } from './businessCase';
import { volumeUnitOf } from './volumeUnit';

/** An expectation the user can add in one click, with its baseline from this project's data where there is one. */
export type SuggestedExpectation = Omit<Expectation, 'id'>;

const singular = (unit: string) => unit.replace(/s$/, '');

/**
 * The function template's suggested KPIs, plus cost per unit with today's figure as its baseline (tip 4:
 * baseline benchmarks): what a provider is measured against, before anyone argues about targets.
 */
export function suggestedExpectations(project: Project): SuggestedExpectation[] {
  const unit = volumeUnitOf(project);
  const { baseline } = businessCaseOf(project);
  const fromTemplate = functionTemplate(project.functionTemplate).suggestedKpis.map((kpi): SuggestedExpectation => ({
    objective: kpi.objective,
    kpi: kpi.kpi,
    measurement: kpi.measurement,
    baseline: '',
    target: '',
    cadence: 'monthly',
    consequence: '',
  }));
  const costPerUnit: SuggestedExpectation = {
    objective: `Each ${singular(unit)} costs no more than agreed`,
    kpi: `Cost per ${singular(unit)}`,
    measurement: `Everything invoiced in the month ÷ ${unit} handled in the month`,
    baseline:
      baseline.costPerUnit === null
        ? ''
        : `${money(baseline.costPerUnit, project.currency, { cents: true })} (${baseline.label ?? 'baseline'})`,
    target: '',
    cadence: 'monthly',
    consequence: '',
  };
  return [...fromTemplate, costPerUnit];
}

/** The usual rhythm of a well-run partnership (tip 5: regular check-ins): operations, service, business. */
export const usualMeetings: ReadonlyArray<Omit<Meeting, 'id'>> = [
  {
    name: 'Operations check-in',
    frequency: 'weekly',
    attendees: 'Relationship manager, provider team lead',
    purpose: 'Volumes, backlog, escalations and anything that went wrong this week.',
  },
  {
    name: 'Service review',
    frequency: 'monthly',
    attendees: 'Relationship manager, provider account manager',
    purpose: 'Results against every KPI, service credits, improvement actions and their owners.',
  },
  {
    name: 'Business review',
    frequency: 'quarterly',
    attendees: 'Executive sponsor, relationship manager, provider leadership',
    purpose: 'Where the partnership is heading: changes to scope, innovation, the year ahead.',
  },
];
