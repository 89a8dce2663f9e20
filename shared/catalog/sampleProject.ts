import type { ChecklistItem } from '../model/checklist';
import type { CostCategoryId } from '../model/costCategories';
import type { CostPeriod } from '../model/costs';
import type { Expectation } from '../model/plan';
import { createProject, ProjectSchema, type Project } from '../model/project';
import type { Score, Vendor } from '../model/vendors';
import { presetWeightingSet } from './criteria';
import { functionTemplate } from './templates';

/**
 * A complete, believable engagement to explore the app with (and to take the README's screenshots from):
 * Larkfield Home, a 60-person online retailer of bedding, kitchenware and lighting, hands its customer
 * service (12 agents and a team lead) to a provider. Every screen has something meaningful on it, and the
 * story holds together across them: rework is the cost that grows fastest, so the relational provider that
 * adapts to the company leads the scoring even though the transactional one is cheaper on paper.
 *
 * Deterministic: the same `now` gives the same project. Every id is spelled out and every date is counted
 * from `now`, so tests, screenshots and the briefing's golden files stay put.
 */

const dayMs = 24 * 60 * 60 * 1000;

/** The people of the story: checklist owners, evaluators, the relationship manager and the risk owners. */
const people = {
  ceo: 'Maya Okafor',
  finance: 'Priya Nair',
  service: 'Daniel Reyes',
  operations: 'Tom Becker',
} as const;

const roles = {
  ceo: 'Founder and CEO',
  finance: 'Finance and People Director',
  service: 'Head of Customer Service',
  operations: 'Operations and IT Manager',
} as const;

// ── Checklist ────────────────────────────────────────────────────────────────────────────────────────────

type Owner = keyof typeof people;

/** What the company has done on one checklist item; days are counted from `now`. */
type Progress =
  | { status: 'done'; owner: Owner; daysAgo: number; notes?: string; evidence?: ChecklistItem['evidence'] }
  | { status: 'in-progress' | 'todo'; owner: Owner; dueInDays: number; notes?: string }
  | { status: 'n/a'; owner: Owner; naReason: string; evidence?: ChecklistItem['evidence'] };

const done = (owner: Owner, daysAgo: number, extra: { notes?: string; evidence?: ChecklistItem['evidence'] } = {}) =>
  ({ status: 'done', owner, daysAgo, ...extra }) as const;
const started = (owner: Owner, dueInDays: number, notes?: string) =>
  ({ status: 'in-progress', owner, dueInDays, notes }) as const;
const open = (owner: Owner, dueInDays: number, notes?: string) =>
  ({ status: 'todo', owner, dueInDays, notes }) as const;
const notApplicable = (owner: Owner, naReason: string, evidence?: ChecklistItem['evidence']) =>
  ({ status: 'n/a', owner, naReason, evidence }) as const;

/**
 * Progress by checklist item id. Every must-have up to going to market is done (level: ready for vendors);
 * four must-haves due before signing are open, and the card-payment must-have is waived with its reason.
 */
const checklistProgress: Record<string, Progress> = {
  // Sponsorship
  'sponsorship.sponsor-named': done('ceo', 150, {
    notes: 'Maya sponsors the move and chairs a half-hour project check-in every other Friday.',
  }),
  'sponsorship.approval-path': done('ceo', 145, {
    notes: 'Maya decides with Priya; the two outside board members are asked before any contract is signed.',
  }),
  'sponsorship.budget-and-time': done('finance', 140, {
    notes: 'Up to $40,000 for selection and legal advice; Daniel keeps Fridays free for the project.',
  }),
  'sponsorship.strategy-link': done('ceo', 120, {
    evidence: [
      { label: 'Strategy note for the board', target: 'Documents/Larkfield/Strategy/Service partner note.docx' },
    ],
  }),
  'sponsorship.executives-in-planning': notApplicable(
    'ceo',
    'The leadership team is four people and three of them run this project; marketing joins through the customer-communication item.',
  ),
  // Cost baseline and business case
  'baseline.cost-history': done('finance', 100, {
    evidence: [
      { label: 'Cost history, three years', target: 'Documents/Larkfield/Finance/Customer service costs.xlsx' },
    ],
  }),
  'baseline.fully-loaded-cost': done('finance', 96),
  'baseline.money-leaks': done('service', 90, {
    notes:
      'Most of the leak is rework: replacements shipped for the wrong item and refunds paid twice, because the order system and the helpdesk do not talk to each other.',
  }),
  'baseline.volumes-productivity': done('service', 88),
  'baseline.expected-improvement': done('finance', 80),
  'baseline.options-compared': done('finance', 70, {
    notes: 'Compared keeping the team, fixing the tools first, and outsourcing; approved by Maya and the board.',
    evidence: [{ label: 'Options memo, signed', target: 'Documents/Larkfield/Finance/Options memo (signed).pdf' }],
  }),
  'baseline.final-case': open('finance', 30, 'Waits for the best-and-final prices of the two finalists.'),
  // Scope
  'scope.in-and-out': done('service', 75, {
    notes:
      'Moving: order status, delivery problems, returns, refunds up to $250 and product questions. Staying: trade accounts, larger refunds and any complaint that mentions a lawyer.',
  }),
  'scope.hand-offs': started('service', 10),
  'scope.retained-organisation': done('finance', 60),
  // Process
  'process.documented': started(
    'service',
    -6,
    'Returns and refunds are written up. The damaged-in-transit claims and the warranty exceptions still live in Daniel’s head.',
  ),
  'process.volumes-seasonality': done('service', 85),
  'process.systems-access': started('operations', 8),
  'process.current-kpis': done('service', 82),
  'process.decision-rules': started('service', 12),
  'process.good-output-examples': open('service', 40),
  'fn.customer-service.interval-volumes': started(
    'service',
    5,
    'Phone is profiled by half-hour from the telephony export; chat waits for a helpdesk report Tom is building.',
  ),
  // Expectations
  'expectations.outcome-objectives': done('service', 55),
  'expectations.kpi-targets': done('service', 50),
  'expectations.sla-structure': done('service', 45, {
    evidence: [{ label: 'Draft SLA, version 3', target: 'Documents/Larkfield/Sourcing/Draft SLA v3.docx' }],
  }),
  'expectations.change-policy': done('finance', 44, {
    notes:
      'We change scripts 10 to 15 times a year (returns rules, promotions, new ranges); bidders were asked to price that.',
  }),
  'expectations.consequences': open('finance', 21),
  // Relationship model
  'relationship.model-decided': done('ceo', 110, {
    notes: 'Relational: the way we look after people is why they buy from us a second time.',
  }),
  'relationship.culture-described': done('ceo', 105),
  'relationship.delivery-location': done('ceo', 72, {
    notes: 'Onshore or nearshore; English and Spanish; 8 am to 8 pm Eastern, seven days a week.',
  }),
  'relationship.customer-red-lines': done('service', 68),
  'relationship.pricing-preference': done('finance', 64),
  'relationship.vendor-gains': open('ceo', 20),
  'fn.customer-service.channels-hours': done('service', 78),
  'fn.customer-service.brand-voice': open(
    'ceo',
    75,
    'Marketing’s brand book covers the website; it needs a page of sample replies for agents.',
  ),
  // Selection
  'selection.criteria-fixed': done('ceo', 52),
  'selection.rfp-pack': done('service', 48),
  'selection.references-visit': started(
    'ceo',
    9,
    'Two references each called for Meridian and Rapidesk; the visit to Meridian’s San Antonio centre is booked.',
  ),
  'selection.finances-ownership': done('finance', 15, {
    notes: 'Rapidesk was bought by a private-equity fund two years ago; Meridian is owned by its two founders.',
  }),
  'selection.security-evidence': started('operations', 16),
  'selection.subcontractors': open('operations', 25),
  // Governance
  'governance.relationship-manager': done('ceo', 28, {
    notes: 'Daniel takes the role at half his time once the hand-over is complete.',
  }),
  'governance.escalation-path': done('service', 20),
  'governance.change-requests': started('finance', 18),
  'governance.review-cadence': started(
    'service',
    24,
    'The three meetings are drafted in the plan; the finalist still has to confirm who attends from its side.',
  ),
  'governance.feedback-loop': open('service', 45),
  'governance.internal-reporting': open('finance', 50),
  // Risk, data and compliance
  'risk.data-protection': done('operations', 62),
  'risk.regulatory-obligations': notApplicable(
    'operations',
    'No regulator, licence or customer contract limits who answers our customers; our lawyer confirmed it in writing.',
  ),
  'risk.risk-register': done('finance', 35),
  'risk.processing-agreement': started(
    'operations',
    -4,
    'Meridian accepted our template; Rapidesk sent its own, which lets it use subcontractors without asking us.',
  ),
  'risk.business-continuity': open('operations', 28),
  'risk.security-access': open('operations', 28),
  'risk.exit-plan': open('operations', 35),
  'fn.customer-service.card-payments': notApplicable(
    'operations',
    'Agents never take card details: customers pay at the web checkout, and refunds go back to the original card from the payment provider’s dashboard, which stays in-house.',
    [{ label: 'PCI Security Standards Council', target: 'https://www.pcisecuritystandards.org/' }],
  ),
  // Transition
  'transition.staff-impact': started(
    'finance',
    14,
    'All twelve agents have been told. Four want to move to the trade-accounts desk; counsel is checking the state notice rules.',
  ),
  'transition.onboarding-plan': open('service', 60),
  'transition.knowledge-transfer': started('service', 55),
  'transition.pilot-ramp': open('service', 65),
  'transition.customer-communication': open('ceo', 70),
};

function withProgress(item: ChecklistItem, now: Date): ChecklistItem {
  const progress = checklistProgress[item.id];
  if (!progress) return item;
  const owner = people[progress.owner];
  switch (progress.status) {
    case 'done':
      return {
        ...item,
        status: 'done',
        owner,
        // Done a few days before it was due.
        dueDate: dayOf(now, -progress.daysAgo + 3),
        completedAt: momentBefore(now, progress.daysAgo),
        notes: progress.notes ?? '',
        evidence: progress.evidence ?? [],
      };
    case 'in-progress':
    case 'todo':
      return {
        ...item,
        status: progress.status,
        owner,
        dueDate: dayOf(now, progress.dueInDays),
        notes: progress.notes ?? '',
      };
    case 'n/a':
      return {
        ...item,
        status: 'n/a',
        owner,
        naReason: progress.naReason,
        evidence: progress.evidence ?? [],
      };
  }
}

/** The calendar day `days` after `now` (before, when negative), in UTC so every time zone gets the same file. */
function dayOf(now: Date, days: number): string {
  return new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10);
}

/** `days` before `now`, at the same time of day. */
function momentBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * dayMs).toISOString();
}

// ── Costs ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Three calendar years of the in-house team (12 agents and a team lead), oldest first. Labour is the biggest
 * line; errors & rework grows fastest (38,000 → 96,000, +153%), which is the story behind the whole move.
 *   oldest:  548 + 132 + 46 + 51 + 52 + 31 + 38 + 18 =   916,000 for 118,000 contacts
 *   middle:  584 + 142 + 47 + 56 + 55 + 39 + 61 + 20 = 1,004,000 for 134,000 contacts
 *   latest:  612 + 153 + 48 + 62 + 58 + 45 + 96 + 22 = 1,096,000 for 152,000 contacts (7.21 per contact)
 */
const costYears: ReadonlyArray<{ amounts: Record<CostCategoryId, number>; contacts: number }> = [
  {
    amounts: {
      labour: 548_000,
      benefits: 132_000,
      facilities: 46_000,
      technology: 51_000,
      management: 52_000,
      'hiring-attrition': 31_000,
      'errors-rework': 38_000,
      other: 18_000,
    },
    contacts: 118_000,
  },
  {
    amounts: {
      labour: 584_000,
      benefits: 142_000,
      facilities: 47_000,
      technology: 56_000,
      management: 55_000,
      'hiring-attrition': 39_000,
      'errors-rework': 61_000,
      other: 20_000,
    },
    contacts: 134_000,
  },
  {
    amounts: {
      labour: 612_000,
      benefits: 153_000,
      facilities: 48_000,
      technology: 62_000,
      management: 58_000,
      'hiring-attrition': 45_000,
      'errors-rework': 96_000,
      other: 22_000,
    },
    contacts: 152_000,
  },
];

const categoryNotes: Partial<Record<CostCategoryId, string>> = {
  'errors-rework':
    'Why are we losing money here? Wrong replacements shipped, refunds paid twice and customers calling back because nobody closed the loop. Agents copy order numbers by hand between two systems, and the November–December temps make most of the mistakes.',
  'hiring-attrition':
    'Agents stay about fourteen months. Each replacement costs a recruiter’s fee and six weeks of training before they handle returns alone, and the team runs short while they learn.',
  labour:
    'Includes overtime in the holiday peak, when volume doubles for six weeks and the team works Saturdays to keep up.',
};

function costPeriods(now: Date): CostPeriod[] {
  const firstYear = now.getUTCFullYear() - costYears.length;
  return costYears.map(({ amounts, contacts }, index) => {
    const year = firstYear + index;
    return {
      id: `sample.period.${year}`,
      label: String(year),
      kind: 'year',
      start: `${year}-01-01`,
      amounts,
      volume: contacts,
    };
  });
}

/** One-time costs shared by every option: 12 + 28 + 36 + 15 = 91,000. */
const transitionCosts: Project['costs']['transitionCosts'] = [
  {
    id: 'sample.transition.selection',
    kind: 'vendor-selection',
    label: 'Sourcing adviser and site visits',
    amount: 12_000,
  },
  {
    id: 'sample.transition.knowledge',
    kind: 'knowledge-transfer',
    label: 'Writing up processes and four weeks of side-by-side training',
    amount: 28_000,
  },
  {
    id: 'sample.transition.staff',
    kind: 'severance-redeployment',
    label: 'Severance, retention bonuses and retraining for the trade-accounts desk',
    amount: 36_000,
  },
  {
    id: 'sample.transition.legal',
    kind: 'contract-legal',
    label: 'Contract and data processing review',
    amount: 15_000,
  },
];

/** Kept in-house every year: 42,000 + 14,000 = 56,000. */
const retainedCosts: Project['costs']['retainedCosts'] = [
  { id: 'sample.retained.manager', label: 'Relationship manager (half of Daniel’s time)', annualAmount: 42_000 },
  {
    id: 'sample.retained.contract',
    label: 'Contract management, quality audits and the helpdesk licences we keep',
    annualAmount: 14_000,
  },
];

// ── Vendors ──────────────────────────────────────────────────────────────────────────────────────────────

/** Months of running the in-house team beside the provider cost about half its monthly bill. */
const parallelRunMonthlyCost = 45_000;

/**
 * Against today's 1,096,000 with 56,000 retained and 91,000 of shared one-time cost (8%, three years; the
 * annuity factor 1/1.08 + 1/1.08² + 1/1.08³ = 2.5771):
 *   Meridian: 840,000 all-inclusive          → 896,000 a year, saves 200,000 (18%); one-time 91,000 + 3 × 45,000
 *             = 226,000; payback 13.6 months; NPV 200,000 × 2.5771 − 226,000 ≈ 289,400
 *   Rapidesk: 620,000 + 8 × 9,500 changes   → 752,000 a year, saves 344,000 (31%); one-time 91,000 + 2 × 45,000
 *             = 181,000; payback 6.3 months; NPV 344,000 × 2.5771 − 181,000 ≈ 705,500
 *   Quillon:  930,000 itemised + 4 × 2,500  → 996,000 a year, saves 100,000 (9%); one-time 91,000 + 4 × 45,000
 *             = 271,000; payback 32.5 months; NPV 100,000 × 2.5771 − 271,000 ≈ −13,300 (about break-even)
 */
const vendors: Vendor[] = [
  {
    id: 'sample.vendor.meridian',
    name: 'Meridian Shore Support',
    contact: 'Elena Marsh, Director of Client Partnerships · elena.marsh@meridianshore.example · +1 210 555 0147',
    website: 'https://meridianshore.example',
    notes:
      'Founder-owned, about 350 agents in San Antonio and Monterrey, bilingual English and Spanish. Serves eleven online retailers, the largest with 40 agents. One price per year covers the agreed team, reporting and up to six program changes.',
    quote: {
      pricingModel: 'all-inclusive',
      annualFee: 840_000,
      lines: [],
      changeRequestsPerYear: 6,
      changeFee: 0,
      rampMonths: 3,
      parallelRunMonthlyCost,
    },
  },
  {
    id: 'sample.vendor.rapidesk',
    name: 'Rapidesk Global',
    contact: 'Marcus Lee, Sales Director · m.lee@rapidesk.example · +1 646 555 0182',
    website: 'https://rapidesk.example',
    notes:
      'About 9,000 agents in Manila, Cebu and Bogotá; owned by a private-equity fund. Lowest base price by far, on a standard program; every change to scripts, routing or reports is a change request at a fixed fee.',
    quote: {
      pricingModel: 'all-inclusive',
      annualFee: 620_000,
      lines: [],
      changeRequestsPerYear: 8,
      changeFee: 9_500,
      rampMonths: 2,
      parallelRunMonthlyCost,
    },
  },
  {
    id: 'sample.vendor.quillon',
    name: 'Quillon Customer Care',
    contact: 'Hannah Brooks, Account Executive · hannah.brooks@quillon.example · +1 614 555 0123',
    website: 'https://quillon.example',
    notes:
      'About 1,200 agents onshore in Columbus and Phoenix. The strongest security evidence of the three (SOC 2 Type 2 and PCI DSS reports shared without asking), priced line by line.',
    quote: {
      pricingModel: 'itemised',
      annualFee: null,
      // 684,000 + 126,000 + 96,000 + 24,000 = 930,000
      lines: [
        { id: 'sample.line.quillon.agents', label: 'Dedicated agents, 11 full-time', annualAmount: 684_000 },
        { id: 'sample.line.quillon.supervision', label: 'Team lead and quality analyst', annualAmount: 126_000 },
        { id: 'sample.line.quillon.platform', label: 'Telephony and chat platform', annualAmount: 96_000 },
        { id: 'sample.line.quillon.reporting', label: 'Reporting and workforce planning', annualAmount: 24_000 },
      ],
      changeRequestsPerYear: 4,
      changeFee: 2_500,
      rampMonths: 4,
      parallelRunMonthlyCost,
    },
  },
];

const evaluators = [
  { id: 'sample.evaluator.maya', name: people.ceo, role: roles.ceo },
  { id: 'sample.evaluator.daniel', name: people.service, role: roles.service },
];

const vendorKeys = ['meridian', 'rapidesk', 'quillon'] as const;
type VendorKey = (typeof vendorKeys)[number];
type EvaluatorKey = 'maya' | 'daniel';
type Pair = readonly [maya: number, daniel: number];

/**
 * Each evaluator's 1–5 score per criterion (the library's ids without the `criterion.` prefix) and vendor.
 * Maya scored total cost from the business case; Daniel marks Rapidesk down on it.
 */
const scoreTable: ReadonlyArray<{ criterion: string } & Record<VendorKey, Pair>> = [
  { criterion: 'culture-fit', meridian: [5, 4], rapidesk: [2, 2], quillon: [4, 2] },
  { criterion: 'client-commitment', meridian: [4, 4], rapidesk: [3, 3], quillon: [3, 2] },
  { criterion: 'collaboration', meridian: [4, 4], rapidesk: [3, 2], quillon: [3, 2] },
  { criterion: 'transparency', meridian: [4, 4], rapidesk: [3, 3], quillon: [4, 3] },
  { criterion: 'tailored-program', meridian: [5, 4], rapidesk: [2, 1], quillon: [3, 2] },
  { criterion: 'first-obligation', meridian: [4, 4], rapidesk: [2, 2], quillon: [3, 2] },
  { criterion: 'references', meridian: [4, 3], rapidesk: [4, 4], quillon: [3, 3] },
  { criterion: 'low-friction', meridian: [4, 4], rapidesk: [3, 3], quillon: [3, 2] },
  { criterion: 'onboarding', meridian: [4, 3], rapidesk: [4, 4], quillon: [3, 2] },
  { criterion: 'technology', meridian: [3, 3], rapidesk: [4, 3], quillon: [3, 3] },
  { criterion: 'leadership', meridian: [4, 4], rapidesk: [3, 2], quillon: [3, 2] },
  { criterion: 'run-to-expectations', meridian: [4, 4], rapidesk: [4, 4], quillon: [3, 3] },
  { criterion: 'security-compliance', meridian: [4, 4], rapidesk: [4, 3], quillon: [5, 4] },
  { criterion: 'scalability', meridian: [3, 4], rapidesk: [4, 4], quillon: [3, 3] },
  { criterion: 'pricing-model', meridian: [4, 4], rapidesk: [3, 3], quillon: [3, 3] },
  { criterion: 'change-terms', meridian: [4, 4], rapidesk: [3, 1], quillon: [3, 3] },
  { criterion: 'total-cost', meridian: [3, 3], rapidesk: [5, 3], quillon: [2, 2] },
];

const scoreNotes: ReadonlyArray<{ vendor: VendorKey; criterion: string; evaluator: EvaluatorKey; note: string }> = [
  {
    vendor: 'meridian',
    criterion: 'culture-fit',
    evaluator: 'maya',
    note: 'Asked about our sixty-day return promise before we asked them anything.',
  },
  {
    vendor: 'rapidesk',
    criterion: 'change-terms',
    evaluator: 'daniel',
    note: 'We changed the returns script fourteen times last year. At 9,500 a change that is 133,000, not the 76,000 in their quote.',
  },
  {
    vendor: 'rapidesk',
    criterion: 'change-terms',
    evaluator: 'maya',
    note: 'Eight changes a year are priced in; we can bundle ours into quarterly releases.',
  },
  {
    vendor: 'rapidesk',
    criterion: 'total-cost',
    evaluator: 'maya',
    note: 'From the business case: saves about 31% of today’s cost.',
  },
  {
    vendor: 'rapidesk',
    criterion: 'total-cost',
    evaluator: 'daniel',
    note: 'Only if we change the program half as often as we do today.',
  },
  {
    vendor: 'quillon',
    criterion: 'culture-fit',
    evaluator: 'daniel',
    note: 'The team leads we would work with read from slides and asked nothing about our customers.',
  },
  {
    vendor: 'quillon',
    criterion: 'culture-fit',
    evaluator: 'maya',
    note: 'Their managing director gets it; the question is whether the floor does.',
  },
  {
    vendor: 'meridian',
    criterion: 'scalability',
    evaluator: 'daniel',
    note: 'Needs eight weeks’ notice for the holiday peak: fine if we send the forecast in September.',
  },
];

function sampleScore(vendor: VendorKey, criterion: string, evaluator: EvaluatorKey, score: number): Score {
  const note = scoreNotes.find(
    (n) => n.vendor === vendor && n.criterion === criterion && n.evaluator === evaluator,
  )?.note;
  return {
    vendorId: `sample.vendor.${vendor}`,
    criterionId: `criterion.${criterion}`,
    evaluatorId: `sample.evaluator.${evaluator}`,
    score,
    note: note ?? '',
  };
}

function sampleScores(): Score[] {
  return scoreTable.flatMap((row) =>
    vendorKeys.flatMap((vendor) => {
      const [maya, daniel] = row[vendor];
      return [sampleScore(vendor, row.criterion, 'maya', maya), sampleScore(vendor, row.criterion, 'daniel', daniel)];
    }),
  );
}

// ── Plan ─────────────────────────────────────────────────────────────────────────────────────────────────

const goals: Project['plan']['goals'] = [
  {
    id: 'sample.goal.growth',
    goal: 'Grow online revenue by a quarter in two years without a bigger office',
    contribution:
      'A partner adds agents for the holiday peak and for new ranges within weeks, so growth no longer waits on hiring, training and desks.',
  },
  {
    id: 'sample.goal.repeat',
    goal: 'Win repeat customers with service they mention in reviews',
    contribution:
      'The contract pays for first-contact resolution and satisfaction, and the partner helps remove the causes of repeat calls instead of only answering them.',
  },
  {
    id: 'sample.goal.focus',
    goal: 'Free the leadership team for the product range and trade accounts',
    contribution:
      'Hiring, rotas and peak staffing move to a specialist; Daniel manages one relationship at half his time instead of a team of thirteen.',
  },
];

/** Baseline, target and consequence for each of the template's suggested KPIs, by the KPI's name. */
const kpiTerms: Readonly<Record<string, Pick<Expectation, 'baseline' | 'target' | 'cadence' | 'consequence'>>> = {
  'First-contact resolution': {
    baseline: '68% (last year)',
    target: '80% from month 4',
    cadence: 'monthly',
    consequence: 'Service credit of 3% of the month’s fee for each month below target.',
  },
  'Customer satisfaction (CSAT)': {
    baseline: '4.1 out of 5',
    target: '4.4 out of 5, never below 4.1',
    cadence: 'monthly',
    consequence: 'Below 4.1 for two months running: a joint improvement plan reviewed at the next business review.',
  },
  'Average speed of answer': {
    baseline: '95 seconds',
    target: '30 seconds or less',
    cadence: 'weekly',
    consequence: 'Reported every week; no credit of its own, since the service level carries one.',
  },
  'Service level': {
    baseline: '62% within 30 seconds',
    target: '80% within 30 seconds, every day',
    cadence: 'weekly',
    consequence: 'Service credit of 2% of the month’s fee for each week below target outside the holiday peak.',
  },
  'Abandonment rate': {
    baseline: '9% of calls',
    target: '4% or less',
    cadence: 'weekly',
    consequence: 'Above 6% in any week: a written cause and fix within five working days.',
  },
  'Quality score': {
    baseline: 'Not measured yet',
    target: '90% of sampled contacts pass',
    cadence: 'monthly',
    consequence: 'Three months below 85% in a year lets us end the contract early without a fee.',
  },
};

function expectations(): Expectation[] {
  const suggested = functionTemplate('customer-service').suggestedKpis;
  return suggested.flatMap((kpi, index) => {
    const terms = kpiTerms[kpi.kpi];
    return terms ? [{ id: `sample.kpi.${index + 1}`, ...kpi, ...terms }] : [];
  });
}

const governance: Project['plan']['governance'] = {
  relationshipManager: { name: people.service, role: 'Customer experience manager', timeShare: 0.5 },
  meetings: [
    {
      id: 'sample.meeting.operations',
      name: 'Weekly operations call',
      frequency: 'weekly',
      attendees: 'Daniel Reyes; the provider’s team lead and workforce planner',
      purpose: 'Last week’s queues and backlog, the top five contact reasons, open fixes and next week’s promotions.',
    },
    {
      id: 'sample.meeting.service-review',
      name: 'Monthly service review',
      frequency: 'monthly',
      attendees: 'Daniel Reyes, Priya Nair; the provider’s account manager',
      purpose: 'KPIs against targets, service credits, the quality sample and the change requests due next month.',
    },
    {
      id: 'sample.meeting.business-review',
      name: 'Quarterly business review',
      frequency: 'quarterly',
      attendees: 'Maya Okafor, Priya Nair, Daniel Reyes; the provider’s executive sponsor',
      purpose:
        'Where both businesses are heading, the volume forecast for the next two quarters, and one improvement each side commits to.',
    },
  ],
  feedbackLoop:
    'Agents flag product and website problems in a shared channel; Daniel passes the top three to the product team each week, and the provider hears back what was fixed. Both sides rate the relationship at each quarterly review.',
  escalationPath: [
    'Team lead and Daniel Reyes, the same working day',
    'Account manager and Priya Nair, within two working days',
    'Executive sponsor and Maya Okafor, within a week',
  ],
  changeProcess:
    'Changes are requested on a one-page form, sized by the provider within five working days and bundled into a monthly release unless urgent; Daniel approves up to one day of effort, Priya anything above.',
};

const risks: Project['plan']['risks'] = [
  {
    id: 'sample.risk.knowledge',
    description: 'The exceptions nobody wrote down (damaged goods, warranty claims) leave with the in-house team.',
    likelihood: 'high',
    impact: 'high',
    mitigation:
      'Finish the process write-up before signing; four weeks side by side; two senior agents stay on as experts.',
    owner: people.service,
  },
  {
    id: 'sample.risk.peak',
    description: 'The ramp-up runs into the November–December peak.',
    likelihood: 'medium',
    impact: 'high',
    mitigation: 'Go live at least ten weeks before the peak and keep the parallel run until the service level holds.',
    owner: people.service,
  },
  {
    id: 'sample.risk.data',
    description: 'Customer data leaks from the provider’s systems.',
    likelihood: 'low',
    impact: 'high',
    mitigation:
      'Agents work only in our helpdesk with single sign-on and no exports; processing agreement; yearly SOC 2 report.',
    owner: people.operations,
  },
  {
    id: 'sample.risk.morale',
    description: 'Agents leave before the hand-over and service slips in the last months.',
    likelihood: 'high',
    impact: 'medium',
    mitigation:
      'Retention bonus to the hand-over date, places on the trade-accounts desk, and honest updates every fortnight.',
    owner: people.finance,
  },
  {
    id: 'sample.risk.changes',
    description: 'Program changes cost more than the quote assumes.',
    likelihood: 'medium',
    impact: 'medium',
    mitigation: 'Bundle changes into monthly releases and cap the yearly change cost in the contract.',
    owner: people.finance,
  },
  {
    id: 'sample.risk.ownership',
    description: 'The provider is sold and its priorities change.',
    likelihood: 'low',
    impact: 'medium',
    mitigation:
      'A change-of-control clause that lets us leave, and an exit plan with the data returned within 30 days.',
    owner: people.ceo,
  },
];

// ── The project ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * A stable UUID for the sample made at `now`: version 8 (custom), the time in its last twelve digits, so two
 * samples made at different moments do not share an id while one moment always gives the same one.
 */
function sampleId(now: Date): string {
  const millis = Math.max(0, Math.floor(now.getTime())).toString(16).padStart(12, '0').slice(-12);
  return `5a3b1e00-0000-8000-8000-${millis}`;
}

export function createSampleProject({ now = new Date() }: { now?: Date } = {}): Project {
  const base = createProject({ name: 'Larkfield Home: customer service', functionTemplate: 'customer-service', now });
  const { criteria } = base.vendors;
  return ProjectSchema.parse({
    ...base,
    id: sampleId(now),
    relationshipModel: 'relational',
    // Preparation started about half a year ago; the first item was done 150 days before `now`.
    createdAt: momentBefore(now, 160),
    checklist: { items: base.checklist.items.map((item) => withProgress(item, now)) },
    costs: {
      ...base.costs,
      periods: costPeriods(now),
      transitionCosts,
      retainedCosts,
      categoryNotes,
      horizonYears: 3,
      discountRate: 0.08,
    },
    vendors: {
      ...base.vendors,
      vendors,
      evaluators,
      scores: sampleScores(),
      weighting: {
        ...base.vendors.weighting,
        method: 'direct',
        // Saved for comparison, not chosen: the ranking uses the criteria's own weights.
        sets: [{ ...presetWeightingSet('cfo', criteria), id: 'sample.weighting.cfo' }],
        activeSetId: null,
      },
    },
    plan: { goals, expectations: expectations(), risks, governance },
    briefing: {
      ...base.briefing,
      audience: 'ceo',
      decisionRequested:
        'Approve negotiating a three-year customer service contract with Meridian Shore Support, with Rapidesk Global as the fallback, and release the one-time transition budget.',
      recommendation: '',
      strategicGoals:
        'Customer service is where Larkfield earns its second sale. Handing it to a partner that adapts to us lets the team grow through the holiday peaks without hiring sprees, and frees the leadership team for the product range and trade accounts.',
      preparedBy: `${people.service}, ${roles.service}, with ${people.finance}`,
    },
  });
}
