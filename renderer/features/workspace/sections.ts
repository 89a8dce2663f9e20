import {
  BriefcaseBusiness,
  ClipboardCheck,
  Coins,
  Handshake,
  LayoutDashboard,
  Scale,
  type LucideIcon,
} from 'lucide-react';

export type SectionId = 'overview' | 'checklist' | 'costs' | 'vendors' | 'plan' | 'briefing';

export interface WorkspaceSection {
  id: SectionId;
  tab: string;
  title: string;
  icon: LucideIcon;
  /** What the section answers, in one sentence. */
  purpose: string;
  /** What the user will do there; shown until the section is built. */
  willHold: string[];
}

export const workspaceSections: readonly WorkspaceSection[] = [
  {
    id: 'overview',
    tab: 'Overview',
    title: 'Overview',
    icon: LayoutDashboard,
    purpose: 'Where the project stands.',
    willHold: [],
  },
  {
    id: 'checklist',
    tab: 'Checklist',
    title: 'Readiness checklist',
    icon: ClipboardCheck,
    purpose: 'How ready is the company to hand this function over, and what stands in the way?',
    willHold: [
      'Items across sponsorship, cost baseline, process, expectations, relationship, governance, transition and risk',
      'Owners, due dates, notes and evidence for every item',
      'A readiness score and level, with the blockers to clear first',
    ],
  },
  {
    id: 'costs',
    tab: 'Costs',
    title: 'Cost baseline and business case',
    icon: Coins,
    purpose: 'What does the function cost today, and what would each option cost instead?',
    willHold: [
      'Cost-centre history by period and category, with volumes',
      'Vendor quotes normalised to a total cost of ownership, plus one-time transition costs',
      'Savings, NPV and payback for every option — keeping the work in-house included',
    ],
  },
  {
    id: 'vendors',
    tab: 'Vendors',
    title: 'Vendor fit',
    icon: Scale,
    purpose: 'Which provider fits best, and how sure can we be?',
    willHold: [
      'The questions to ask each provider, with what a relational or transactional answer sounds like',
      'Weighted scores from several evaluators, with direct or pairwise weights',
      'A ranking with its robustness: which weights would change the winner',
    ],
  },
  {
    id: 'plan',
    tab: 'Plan',
    title: 'Partnership plan',
    icon: Handshake,
    purpose: 'What do we expect from the provider, and how will we run the relationship?',
    willHold: [
      'Expectations as outcomes: KPIs with baselines, targets and consequences',
      'Governance: relationship manager, check-in cadence, feedback loop and escalation path',
    ],
  },
  {
    id: 'briefing',
    tab: 'Briefing',
    title: 'C-suite briefing',
    icon: BriefcaseBusiness,
    purpose: 'The document that asks your executives for a decision.',
    willHold: [
      'A recommendation built from everything above, with every figure traced to its source',
      'Versions for the CEO, CFO, COO and the board',
      'Export to PDF, Word and Markdown',
    ],
  },
];
