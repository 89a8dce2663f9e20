import type { ChecklistItem } from '../model/checklist';
import type { CostPeriod } from '../model/costs';
import type { Expectation, StrategicGoal } from '../model/plan';
import type { SourceRef, WorkspaceTab } from './model';

/**
 * The records a briefing's facts come from, as references the preview can open. Labels name the record the
 * way the workspace does; a long user text is cut so a label stays a label.
 */

const labelLength = 60;

/** How each workspace tab is named to the reader ("fill in on the Costs tab"). */
export const tabLabels: Record<WorkspaceTab, string> = {
  overview: 'Overview',
  checklist: 'Checklist',
  costs: 'Costs',
  vendors: 'Vendors',
  plan: 'Plan',
  briefing: 'Briefing',
};

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= labelLength ? flat : `${flat.slice(0, labelLength - 1).trimEnd()}…`;
}

export const refs = {
  checklistItem: (item: Pick<ChecklistItem, 'id' | 'title'>): SourceRef => ({
    kind: 'checklist-item',
    id: item.id,
    tab: 'checklist',
    label: `Checklist: ${short(item.title)}`,
  }),
  readiness: (): SourceRef => ({ kind: 'readiness', tab: 'checklist', label: 'Readiness assessment' }),
  costPeriod: (period: Pick<CostPeriod, 'id' | 'label'>): SourceRef => ({
    kind: 'cost-period',
    id: period.id,
    tab: 'costs',
    label: `Cost period ${short(period.label)}`,
  }),
  /** The baseline, or one category's note on it when `categoryId` is given. */
  baseline: (categoryId?: string, categoryLabel?: string): SourceRef =>
    categoryId === undefined
      ? { kind: 'baseline', tab: 'costs', label: 'Cost baseline' }
      : { kind: 'baseline', id: categoryId, tab: 'costs', label: `Cost notes: ${categoryLabel ?? categoryId}` },
  businessCase: (): SourceRef => ({ kind: 'business-case', tab: 'costs', label: 'Business case' }),
  quotes: (): SourceRef => ({ kind: 'quote', tab: 'costs', label: 'Quotes' }),
  quote: (vendor: { id: string; name: string }): SourceRef => ({
    kind: 'quote',
    id: vendor.id,
    tab: 'costs',
    label: `Quote: ${short(vendor.name)}`,
  }),
  retainedCosts: (cost?: { id: string; label: string }): SourceRef =>
    cost === undefined
      ? { kind: 'retained-costs', tab: 'costs', label: 'Retained in-house costs' }
      : { kind: 'retained-costs', id: cost.id, tab: 'costs', label: `Retained cost: ${short(cost.label)}` },
  transitionCosts: (cost?: { id: string; label: string }): SourceRef =>
    cost === undefined
      ? { kind: 'transition-costs', tab: 'costs', label: 'One-time transition costs' }
      : { kind: 'transition-costs', id: cost.id, tab: 'costs', label: `One-time cost: ${short(cost.label)}` },
  vendor: (vendor: { id: string; name: string }): SourceRef => ({
    kind: 'vendor',
    id: vendor.id,
    tab: 'vendors',
    label: `Vendor: ${short(vendor.name)}`,
  }),
  criterion: (criterion: { id: string; name: string }): SourceRef => ({
    kind: 'criterion',
    id: criterion.id,
    tab: 'vendors',
    label: `Criterion: ${short(criterion.name)}`,
  }),
  scoring: (): SourceRef => ({ kind: 'scoring', tab: 'vendors', label: 'Vendor scoring' }),
  goal: (goal?: Pick<StrategicGoal, 'id' | 'goal'>): SourceRef =>
    goal === undefined
      ? { kind: 'goal', tab: 'plan', label: 'Strategic goals' }
      : { kind: 'goal', id: goal.id, tab: 'plan', label: `Strategic goal: ${short(goal.goal)}` },
  kpi: (expectation?: Pick<Expectation, 'id' | 'objective'>): SourceRef =>
    expectation === undefined
      ? { kind: 'kpi', tab: 'plan', label: 'Expectations and service levels' }
      : { kind: 'kpi', id: expectation.id, tab: 'plan', label: `KPI: ${short(expectation.objective)}` },
  meeting: (meeting: { id: string; name: string }): SourceRef => ({
    kind: 'meeting',
    id: meeting.id,
    tab: 'plan',
    label: `Meeting: ${short(meeting.name)}`,
  }),
  /** A part of the governance plan: 'relationship-manager', 'feedback-loop', 'escalation-path', 'change-process'. */
  governance: (part: string, label: string): SourceRef => ({
    kind: 'governance',
    id: part,
    tab: 'plan',
    label: `Governance: ${label}`,
  }),
  risk: (risk?: { id: string; description: string }): SourceRef =>
    risk === undefined
      ? { kind: 'risk', tab: 'plan', label: 'Risk register' }
      : { kind: 'risk', id: risk.id, tab: 'plan', label: `Risk: ${short(risk.description)}` },
  /** A project-wide setting, e.g. 'relationship-model'. */
  project: (field: string, label: string): SourceRef => ({
    kind: 'project',
    id: field,
    tab: 'overview',
    label: `Project settings: ${label}`,
  }),
  /** A field of the briefing settings: 'decision-requested', 'recommendation', 'strategic-goals', 'prepared-by', or a section id for its note. */
  settings: (field: string, label: string): SourceRef => ({
    kind: 'briefing-settings',
    id: field,
    tab: 'briefing',
    label: `Briefing: ${label}`,
  }),
};

/**
 * Where a gap is filled in, or a warning checked, in words: "Fill in on the Costs tab: Cost baseline". The
 * label's own kind prefix ("Checklist: …") is dropped, the tab already says it.
 */
export function fixText(ref: SourceRef, tone: 'gap' | 'other'): string {
  const detail = ref.label.replace(/^[^:]{1,40}: /, '');
  return `${tone === 'gap' ? 'Fill in' : 'See'} on the ${tabLabels[ref.tab]} tab: ${detail}`;
}
