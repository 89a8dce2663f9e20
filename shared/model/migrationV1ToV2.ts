import type { ItemStage } from './checklistStages';

/**
 * Format 1 → 2: checklist items gain the stage they must be done by. The table below is the catalog of format 1
 * as format 2 sees it, frozen here so this step means the same whatever later catalogs do:
 * - a catalog item gets its stage, and moves to its new area (under its new id) when the catalog moved it;
 * - an item the catalog dropped (a duplicate, or merged into another) keeps everything and is marked `retired`,
 *   so it stays visible and the user may delete it;
 * - the user's own items, and any id the table does not know, get the stage their area's gate had in format 1
 *   (sponsorship → preparing; baseline, process, relationship → going to market; the rest → signing), so a
 *   must-have blocks the same level it blocked before.
 * Titles, guidance, weights, must-have flags and the user's work are kept as saved; nothing is added (the app
 * offers the catalog's new items separately, with a preview).
 */

export interface V1Entry {
  stage: ItemStage;
  /** The area the catalog moved it to, under a new id when the old one named the old area. */
  movedTo?: { id?: string; areaId: string };
  retired?: true;
}

/** Every item id the catalog and templates of format 1 had, with what format 2 makes of it. */
export const v1Catalog: Readonly<Record<string, V1Entry>> = {
  'sponsorship.sponsor-named': { stage: 'preparing' },
  'sponsorship.strategy-link': { stage: 'vendors' },
  'sponsorship.executives-in-planning': { stage: 'vendors' },
  'sponsorship.approval-path': { stage: 'preparing' },
  'sponsorship.success-defined': { stage: 'vendors', retired: true },
  'sponsorship.budget-and-time': { stage: 'preparing' },
  'baseline.cost-history': { stage: 'vendors' },
  'baseline.fully-loaded-cost': { stage: 'vendors' },
  'baseline.money-leaks': { stage: 'vendors' },
  'baseline.volumes-productivity': { stage: 'vendors' },
  'baseline.expected-improvement': { stage: 'vendors' },
  'baseline.retained-costs': {
    stage: 'vendors',
    movedTo: { id: 'scope.retained-organisation', areaId: 'scope' },
  },
  'process.documented': { stage: 'vendors' },
  'process.volumes-seasonality': { stage: 'vendors' },
  'process.systems-access': { stage: 'vendors' },
  'process.good-output-examples': { stage: 'transfer' },
  'process.current-kpis': { stage: 'vendors' },
  'process.decision-rules': { stage: 'contract' },
  'expectations.outcome-objectives': { stage: 'vendors' },
  'expectations.kpi-targets': { stage: 'vendors' },
  'expectations.sla-structure': { stage: 'vendors' },
  'expectations.change-policy': { stage: 'vendors' },
  'expectations.exit-terms': { stage: 'contract', retired: true },
  'expectations.consequences': { stage: 'contract' },
  'relationship.model-decided': { stage: 'vendors' },
  'relationship.culture-described': { stage: 'vendors' },
  'relationship.customer-red-lines': { stage: 'vendors' },
  'relationship.pricing-preference': { stage: 'vendors' },
  'relationship.vendor-questions': {
    stage: 'vendors',
    movedTo: { id: 'selection.criteria-fixed', areaId: 'selection' },
  },
  'relationship.vendor-gains': { stage: 'vendors' },
  'governance.relationship-manager': { stage: 'contract' },
  'governance.review-cadence': { stage: 'transfer' },
  'governance.feedback-loop': { stage: 'transfer' },
  'governance.internal-reporting': { stage: 'transfer' },
  'governance.escalation-path': { stage: 'contract' },
  'governance.change-requests': { stage: 'contract' },
  'transition.onboarding-plan': { stage: 'transfer' },
  'transition.knowledge-transfer': { stage: 'transfer' },
  'transition.staff-impact': { stage: 'contract' },
  'transition.pilot-ramp': { stage: 'transfer' },
  'transition.parallel-run': { stage: 'transfer', retired: true },
  'transition.customer-communication': { stage: 'transfer' },
  'risk.data-protection': { stage: 'vendors' },
  'risk.business-continuity': { stage: 'contract' },
  'risk.risk-register': { stage: 'vendors' },
  'risk.exit-plan': { stage: 'contract' },
  'risk.security-access': { stage: 'contract' },
  'risk.regulatory-obligations': { stage: 'vendors' },
  'fn.customer-service.channels-hours': { stage: 'vendors', movedTo: { areaId: 'scope' } },
  'fn.customer-service.brand-voice': { stage: 'transfer' },
  'fn.customer-service.goodwill-limits': { stage: 'contract', retired: true },
  'fn.collections.tone-and-hardship': { stage: 'contract' },
  'fn.collections.payment-plan-limits': { stage: 'contract', retired: true },
  'fn.collections.customer-segments': { stage: 'vendors' },
  'fn.travel-management.travel-policy': { stage: 'vendors' },
  'fn.travel-management.duty-of-care': { stage: 'contract' },
  'fn.travel-management.traveller-profiles': { stage: 'transfer' },
  'fn.hr-administration.employee-data': { stage: 'vendors', retired: true },
  'fn.hr-administration.payroll-cutoffs': { stage: 'transfer' },
  'fn.hr-administration.policy-library': { stage: 'transfer' },
  'fn.finance-accounting.segregation-of-duties': { stage: 'contract' },
  'fn.finance-accounting.close-calendar': { stage: 'transfer' },
  'fn.finance-accounting.audit-trail': { stage: 'contract' },
  'fn.it-help-desk.privileged-access': { stage: 'contract' },
  'fn.it-help-desk.ticket-priorities': { stage: 'vendors' },
  'fn.it-help-desk.known-fixes': { stage: 'transfer' },
};

/** The gate each area's must-haves held in format 1. */
const v1AreaGates: Readonly<Record<string, ItemStage>> = {
  sponsorship: 'preparing',
  baseline: 'vendors',
  process: 'vendors',
  relationship: 'vendors',
  expectations: 'contract',
  governance: 'contract',
  transition: 'contract',
  risk: 'contract',
};

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The v1 → v2 step on a plain JSON payload; anything malformed is passed on for the schema to reject. */
export function addChecklistStages(project: unknown): unknown {
  if (!isRecord(project) || !isRecord(project['checklist'])) return project;
  const checklist = project['checklist'];
  const items = checklist['items'];
  if (!Array.isArray(items)) return project;
  const ids = new Set(items.map((item) => (isRecord(item) ? item['id'] : undefined)));
  return { ...project, checklist: { ...checklist, items: items.map((item) => withStage(item, ids)) } };
}

function withStage(item: unknown, ids: ReadonlySet<unknown>): unknown {
  if (!isRecord(item)) return item;
  const id = item['id'];
  const known =
    item['custom'] !== true && typeof id === 'string' && Object.hasOwn(v1Catalog, id) ? v1Catalog[id] : undefined;
  if (!known) {
    const area = item['areaId'];
    const stage = typeof area === 'string' && Object.hasOwn(v1AreaGates, area) ? v1AreaGates[area] : undefined;
    return { ...item, stage: stage ?? 'contract' };
  }
  // A moved item takes its new area (and new id), unless another item already has that id.
  const newId = known.movedTo?.id;
  const move = known.movedTo && (newId === undefined || !ids.has(newId)) ? known.movedTo : undefined;
  return {
    ...item,
    ...(move ? { id: newId ?? id, areaId: move.areaId } : {}),
    stage: known.stage,
    ...(known.retired ? { retired: true } : {}),
  };
}
