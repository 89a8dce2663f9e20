import type { Briefing, Inline, SourceRef } from '../../../shared/briefing/model';
import { briefingSectionIds, type BriefingSectionId } from '../../../shared/briefing/sections';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { costCategoryIds } from '../../../shared/model/costCategories';
import { createProject, ProjectSchema, type Project } from '../../../shared/model/project';
import type { Score } from '../../../shared/model/vendors';

/**
 * A believable engagement for the briefing's tests: a 60-person company hands its customer service to a
 * provider. Three years of costs, three providers with quotes (one knocked out on security), two evaluators
 * with every cell scored, about half the checklist done with one must-have waived, goals, KPIs, governance,
 * risks and the briefing settings. Deterministic: the same `now` gives the same project.
 */

export const briefingNow = new Date('2026-03-02T09:00:00Z');

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (now: Date, days: number) => new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10);

const people = ['Ana Ruiz', 'Ben Okoro', 'Chloé Martin', 'Dev Patel'] as const;

/** Status per checklist item id, where it differs from the default rule in `progress`. */
const mustHaveProgress: Record<string, Partial<ChecklistItem>> = {
  'baseline.final-case': { status: 'todo' },
  'risk.processing-agreement': { status: 'in-progress' },
  'risk.exit-plan': { status: 'todo' },
  'transition.staff-impact': {
    status: 'done',
    evidence: [{ label: 'Employment counsel memo', target: 'https://example.com/memo.pdf' }],
  },
  'governance.relationship-manager': { status: 'done' },
  'fn.customer-service.card-payments': {
    status: 'n/a',
    naReason: 'Customers pay online only; the team never takes card details by phone.',
  },
  'transition.onboarding-plan': { status: 'todo' },
};

function progress(item: ChecklistItem, index: number, now: Date): ChecklistItem {
  const owner = people[index % people.length] ?? '';
  const dueDate = isoDay(now, 14 + (index % 6) * 7);
  const override = mustHaveProgress[item.id];
  const early = item.stage === 'preparing' || item.stage === 'vendors';
  // Everything needed before going to market is done (must-haves) or mostly done; later stages about half.
  const status: ChecklistItem['status'] =
    override?.status ??
    (item.mustHave && early ? 'done' : ((['done', 'in-progress', 'done', 'todo'] as const)[index % 4] ?? 'todo'));
  const done = status === 'done';
  return {
    ...item,
    ...override,
    status,
    owner,
    dueDate: done ? null : dueDate,
    completedAt: done ? new Date(now.getTime() - (index + 1) * dayMs).toISOString() : null,
  };
}

const vendorProfiles: Record<string, (criterionId: string, evaluator: number) => number> = {
  // Relational, slightly dearer: strong on the relationship questions.
  harbor: (id, e) => {
    if (id === 'criterion.technology') return e === 0 ? 5 : 3;
    if (id === 'criterion.total-cost') return 3;
    return id.includes('culture') || id.includes('tailored') || id.includes('collaboration')
      ? 5
      : 4 - (e === 1 && id.includes('references') ? 1 : 0);
  },
  // Transactional and cheap: fine on delivery, rigid on change.
  summit: (id, e) => {
    if (id === 'criterion.total-cost') return 5;
    if (id === 'criterion.security-compliance' || id === 'criterion.scalability') return 4;
    if (id === 'criterion.onboarding' || id === 'criterion.technology') return 3 + e;
    return 2;
  },
  // Middling everywhere, and below the security threshold: knocked out.
  brightline: (id) => (id === 'criterion.security-compliance' ? 2 : 3),
};

/** A year of costs, growing with `scale`: rework and attrition grow faster than the rest. */
const costYear = (label: string, start: string, scale: number, volume: number) => ({
  id: `period-${label}`,
  label,
  kind: 'year',
  start,
  volume,
  amounts: {
    labour: Math.round(440_000 * scale),
    benefits: Math.round(100_000 * scale),
    facilities: 40_000,
    technology: Math.round(38_000 * scale),
    management: 70_000,
    'hiring-attrition': Math.round(22_000 * scale * scale),
    'errors-rework': Math.round(20_000 * scale * scale * scale),
  },
});

export function briefingProject({ now = briefingNow }: { now?: Date } = {}): Project {
  const base = createProject({ name: 'Northwind Home — customer service', functionTemplate: 'customer-service', now });
  const evaluators = [
    { id: 'eval-cfo', name: 'Priya Shah', role: 'CFO' },
    { id: 'eval-coo', name: 'Tom Berg', role: 'Head of Customer Service' },
  ];
  const vendors = [
    {
      id: 'harbor',
      name: 'Harbor CX',
      quote: {
        pricingModel: 'all-inclusive',
        annualFee: 560_000,
        changeRequestsPerYear: 6,
        changeFee: 1_500,
        rampMonths: 3,
        parallelRunMonthlyCost: 20_000,
      },
    },
    {
      id: 'summit',
      name: 'Summit Contact',
      quote: {
        pricingModel: 'itemised',
        lines: [
          { id: 'summit-agents', label: 'Agent seats', annualAmount: 480_000 },
          { id: 'summit-tech', label: 'Telephony and CRM', annualAmount: 35_000 },
          { id: 'summit-reports', label: 'Reporting', annualAmount: 12_000 },
        ],
        changeRequestsPerYear: 12,
        changeFee: 2_500,
        rampMonths: 2,
        parallelRunMonthlyCost: 25_000,
      },
    },
    {
      id: 'brightline',
      name: 'Brightline BPO',
      quote: { pricingModel: 'all-inclusive', annualFee: 610_000, rampMonths: 4, parallelRunMonthlyCost: 15_000 },
    },
  ];
  const scores: Score[] = vendors.flatMap((vendor) =>
    base.vendors.criteria.flatMap((criterion) =>
      evaluators.map((evaluator, e) => ({
        vendorId: vendor.id,
        criterionId: criterion.id,
        evaluatorId: evaluator.id,
        score: vendorProfiles[vendor.id]?.(criterion.id, e) ?? 3,
        note: '',
      })),
    ),
  );
  return ProjectSchema.parse({
    ...base,
    relationshipModel: 'relational',
    checklist: { items: base.checklist.items.map((item, index) => progress(item, index, now)) },
    costs: {
      ...base.costs,
      periods: [
        costYear('FY2023', '2023-01-01', 1, 118_000),
        costYear('FY2024', '2024-01-01', 1.08, 124_000),
        costYear('FY2025', '2025-01-01', 1.15, 131_000),
      ],
      retainedCosts: [
        { id: 'retained-manager', label: 'Relationship manager (half a role)', annualAmount: 38_000 },
        { id: 'retained-contract', label: 'Contract management', annualAmount: 9_000 },
      ],
      transitionCosts: [
        { id: 'transition-selection', kind: 'vendor-selection', label: 'Tender and site visits', amount: 12_000 },
        { id: 'transition-knowledge', kind: 'knowledge-transfer', label: 'Training the new team', amount: 18_000 },
        {
          id: 'transition-severance',
          kind: 'severance-redeployment',
          label: 'Redeployment and two redundancies',
          amount: 25_000,
        },
      ],
      categoryNotes: {
        'errors-rework': 'Repeat contacts after wrong answers; the knowledge base is out of date.',
        'hiring-attrition': 'Agents leave after eight months on average; each hire takes six weeks to train.',
      },
      horizonYears: 3,
      discountRate: 0.08,
    },
    vendors: { ...base.vendors, vendors, evaluators, scores },
    plan: {
      goals: [
        {
          id: 'goal-growth',
          goal: 'Open the German market in 2027',
          contribution: 'A provider with German-speaking agents lets us serve customers there from day one.',
        },
        {
          id: 'goal-focus',
          goal: 'Put management time into product, not staffing',
          contribution: 'Recruiting and rostering move to the provider.',
        },
      ],
      expectations: [
        {
          id: 'kpi-fcr',
          objective: 'Customers get their issue solved in one go',
          kpi: 'First-contact resolution',
          baseline: '71%',
          target: '80%',
          measurement: 'No repeat contact on the same issue within 7 days',
          cadence: 'monthly',
          consequence: 'Service credit of 2% of the monthly fee per point below target',
        },
        {
          id: 'kpi-csat',
          objective: 'Customers are happy with the help they get',
          kpi: 'CSAT',
          baseline: '4.1 of 5',
          target: '4.4 of 5',
          measurement: 'Survey after each closed contact',
          cadence: 'monthly',
          consequence: 'Improvement plan within 30 days',
        },
        {
          id: 'kpi-asa',
          objective: 'Customers reach someone quickly',
          kpi: 'Average speed of answer',
          baseline: '95 seconds',
          target: '45 seconds',
          measurement: 'Phone system report',
          cadence: 'weekly',
          consequence: '',
        },
      ],
      risks: [
        {
          id: 'risk-attrition',
          description: 'Key agents leave before the knowledge is transferred',
          likelihood: 'high',
          impact: 'high',
          mitigation: 'Retention bonus until the end of the parallel run',
          owner: 'Tom Berg',
        },
        {
          id: 'risk-quality',
          description: 'Customer satisfaction drops during the ramp-up',
          likelihood: 'medium',
          impact: 'high',
          mitigation: 'Pilot with e-mail first; daily quality review for eight weeks',
          owner: 'Tom Berg',
        },
        {
          id: 'risk-data',
          description: 'Customer data handled outside the agreed countries',
          likelihood: 'low',
          impact: 'high',
          mitigation: 'Data processing agreement with transfer clauses; audit rights',
          owner: 'Priya Shah',
        },
        {
          id: 'risk-cost',
          description: 'Change requests cost more than planned',
          likelihood: 'medium',
          impact: 'medium',
          mitigation: '',
          owner: '',
        },
      ],
      governance: {
        relationshipManager: { name: 'Tom Berg', role: 'Head of Customer Service', timeShare: 0.4 },
        meetings: [
          {
            id: 'meeting-ops',
            name: 'Operations check-in',
            frequency: 'weekly',
            attendees: 'Team leads of both sides',
            purpose: 'Volumes, staffing, open issues',
          },
          {
            id: 'meeting-review',
            name: 'Service review',
            frequency: 'monthly',
            attendees: 'Tom Berg, account manager',
            purpose: 'KPIs against targets, credits, improvements',
          },
          {
            id: 'meeting-qbr',
            name: 'Quarterly business review',
            frequency: 'quarterly',
            attendees: 'CEO, CFO, provider leadership',
            purpose: 'Strategy, roadmap, the contract',
          },
        ],
        feedbackLoop:
          'Agents and customers flag issues in a shared log reviewed weekly; both sides see the same dashboard.',
        escalationPath: ['Team lead', 'Account manager and Tom Berg', 'CEO and the provider’s managing director'],
        changeProcess: 'Changes are requested in writing, priced within five days and approved by Tom Berg.',
      },
    },
    briefing: {
      ...base.briefing,
      decisionRequested:
        'Approve contract negotiation with the preferred provider, with signature subject to the board’s review of the final terms.',
      strategicGoals: 'We want to grow abroad without building a multilingual service team ourselves.',
      preparedBy: 'Ana Ruiz, Operations Director',
      sectionNotes: { 'business-case': 'Figures exclude the planned price rise of our phone supplier.' },
    },
  });
}

/** A text of the briefing with the reference it carries, and where it sits. */
export interface BriefingText {
  sectionId: BriefingSectionId;
  where: 'inline' | 'cell' | 'figure' | 'chart';
  text: string;
  ref: SourceRef | undefined;
  /** The block's caption, for tables. */
  caption?: string;
}

/** Every text of a briefing that can state a fact: inline runs, table cells, key figures and charts. */
export function briefingTexts(briefing: Briefing): BriefingText[] {
  return briefing.sections.flatMap((section) =>
    section.blocks.flatMap((block): BriefingText[] => {
      const runs = (content: readonly Inline[]) =>
        content.map((run): BriefingText => ({ sectionId: section.id, where: 'inline', text: run.text, ref: run.ref }));
      switch (block.kind) {
        case 'subheading':
        case 'paragraph':
        case 'callout':
          return runs(block.content);
        case 'bullets':
          return block.items.flatMap(runs);
        case 'figures':
          return block.items.map((figure) => ({
            sectionId: section.id,
            where: 'figure',
            text: `${figure.label}: ${figure.value}`,
            ref: figure.ref,
          }));
        case 'table':
          return block.rows.flat().map((cell) => ({
            sectionId: section.id,
            where: 'cell',
            text: cell.text,
            ref: cell.ref,
            caption: block.caption,
          }));
        case 'chart':
          return [{ sectionId: section.id, where: 'chart', text: block.title, ref: block.ref }];
      }
    }),
  );
}

/** Whether a reference names a record the project has (references without an id name an aggregate). */
export function refResolves(project: Project, ref: SourceRef): boolean {
  if (ref.id === undefined) return true;
  const { checklist, costs, vendors, plan } = project;
  const has = (records: ReadonlyArray<{ id: string }>) => records.some((record) => record.id === ref.id);
  switch (ref.kind) {
    case 'checklist-item':
      return has(checklist.items);
    case 'cost-period':
      return has(costs.periods);
    case 'quote':
    case 'vendor':
      return has(vendors.vendors);
    case 'criterion':
      return has(vendors.criteria);
    case 'retained-costs':
      return has(costs.retainedCosts);
    case 'transition-costs':
      return has(costs.transitionCosts);
    case 'goal':
      return has(plan.goals);
    case 'kpi':
      return has(plan.expectations);
    case 'meeting':
      return has(plan.governance.meetings);
    case 'risk':
      return has(plan.risks);
    case 'baseline':
      return (costCategoryIds as readonly string[]).includes(ref.id);
    case 'governance':
      return ['relationship-manager', 'feedback-loop', 'escalation-path', 'change-process'].includes(ref.id);
    case 'briefing-settings':
      return (
        ['decision-requested', 'recommendation', 'strategic-goals', 'prepared-by'].includes(ref.id) ||
        (briefingSectionIds as readonly string[]).includes(ref.id)
      );
    case 'project':
      return ref.id === 'relationship-model';
    case 'readiness':
    case 'business-case':
    case 'scoring':
    case 'score':
      return false;
  }
}
