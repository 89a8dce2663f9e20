import type { TransitionCostKind } from '../model/costCategories';
import { catalogSources } from './sources';
import { formatSource } from './sourceText';

interface HiddenCostBase {
  /** Stable id, e.g. `hidden-cost.travel`. */
  id: string;
  /** The row's label once added. */
  label: string;
  /** What to count and how to estimate it, in one or two sentences. */
  hint: string;
  /** Formatted like a checklist item's source: "Practice · Retained organisation". */
  source: string;
}

/**
 * A cost owners tend to forget. `retained` ones become an annual retained-cost row (work that stays in-house);
 * `transition` ones a one-time transition-cost row of the given kind.
 */
export type HiddenCostPrompt =
  | (HiddenCostBase & { kind: 'retained'; transitionKind?: undefined })
  | (HiddenCostBase & { kind: 'transition'; transitionKind: TransitionCostKind });

const practice = (detail: string) => formatSource(catalogSources.practice.label, detail);
const tips = (detail: string) => formatSource(catalogSources['seed-tips'].label, detail);

/** Prompts in the order the Costs screen lists them: yearly costs first, then one-time costs. */
export const hiddenCostPrompts: readonly HiddenCostPrompt[] = [
  {
    id: 'hidden-cost.relationship-manager',
    label: 'Relationship manager',
    kind: 'retained',
    hint: 'Someone of yours has to check results, hold regular meetings with the provider and pass feedback both ways. Count the share of their time, at full employment cost, for a year.',
    source: tips('Tip 5'),
  },
  {
    id: 'hidden-cost.contract-management',
    label: 'Contract management',
    kind: 'retained',
    hint: 'Checking invoices and service reports, handling disputes and renewals. Hours per month × loaded hourly cost × 12.',
    source: practice('Retained organisation'),
  },
  {
    id: 'hidden-cost.travel',
    label: 'Travel to the provider',
    kind: 'retained',
    hint: 'Visits for quarterly reviews, training and problem solving, especially if the site is abroad. Trips per year × people × cost per trip.',
    source: practice('Retained organisation'),
  },
  {
    id: 'hidden-cost.security-audits',
    label: 'Security reviews and audits',
    kind: 'retained',
    hint: 'Reviewing the provider’s audit reports, running your own checks or paying an auditor, and the data-protection paperwork each year.',
    source: practice('Security and compliance'),
  },
  {
    id: 'hidden-cost.shadow-work',
    label: 'Staff still doing the work the old way',
    kind: 'retained',
    hint: 'People who keep checking, redoing or quietly handling part of the work themselves after the hand-over. Estimate their hours honestly.',
    source: practice('Retained organisation'),
  },
  {
    id: 'hidden-cost.vendor-tools',
    label: 'Vendor management tools',
    kind: 'retained',
    hint: 'Licences or seats for the provider’s portal, shared ticketing, reporting or quality tools that your side needs to use.',
    source: practice('Retained organisation'),
  },
  {
    id: 'hidden-cost.vendor-selection',
    label: 'Choosing the provider',
    kind: 'transition',
    transitionKind: 'vendor-selection',
    hint: 'Staff time to write the request for proposal, read answers, check references and visit sites, plus any adviser’s fee.',
    source: practice('Vendor selection'),
  },
  {
    id: 'hidden-cost.legal-review',
    label: 'Legal review of the contract',
    kind: 'transition',
    transitionKind: 'contract-legal',
    hint: 'A lawyer’s hours to review the contract, the service levels and the data-processing agreement, and any negotiation rounds.',
    source: practice('Contracting'),
  },
  {
    id: 'hidden-cost.knowledge-transfer',
    label: 'Knowledge transfer',
    kind: 'transition',
    transitionKind: 'knowledge-transfer',
    hint: 'Your experts’ time to document the process and train the provider’s team, which is time they are not doing their own work.',
    source: practice('Transition'),
  },
  {
    id: 'hidden-cost.severance-redeployment',
    label: 'Severance or redeployment',
    kind: 'transition',
    transitionKind: 'severance-redeployment',
    hint: 'Notice pay, severance, retraining people for other roles, or retention bonuses to keep key staff until the hand-over is done.',
    source: practice('Transition'),
  },
  {
    id: 'hidden-cost.exit-reserve',
    label: 'Exit reserve',
    kind: 'transition',
    transitionKind: 'other',
    hint: 'Money set aside for moving the work back in-house or to another provider if the partnership fails: exit fees, a second transition, rehiring.',
    source: practice('Exit planning'),
  },
];
