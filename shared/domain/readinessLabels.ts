import type { ItemStage } from '../model/checklistStages';

/**
 * The readiness levels and how they read, zod-free, for the checklist, the overview, the exports and the
 * briefing. Each level above `not-ready` is reached through the gate of one stage.
 */
export const readinessLevels = [
  'not-ready',
  'preparing',
  'ready-for-vendors',
  'ready-to-contract',
  'ready-to-transfer',
] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];
export type GatedLevel = Exclude<ReadinessLevel, 'not-ready'>;

/** The stage whose items (and every earlier stage's) a level's gate looks at. */
export const gateStages: Record<GatedLevel, ItemStage> = {
  preparing: 'preparing',
  'ready-for-vendors': 'vendors',
  'ready-to-contract': 'contract',
  'ready-to-transfer': 'transfer',
};

export const levelLabels: Record<ReadinessLevel, string> = {
  'not-ready': 'Not ready',
  preparing: 'Preparing',
  'ready-for-vendors': 'Ready for vendors',
  'ready-to-contract': 'Ready to contract',
  'ready-to-transfer': 'Ready to transfer',
};

/** What reaching each level lets the company do, in one line. */
export const levelMeanings: Record<ReadinessLevel, string> = {
  'not-ready': 'Nobody at the top owns the decision yet.',
  preparing: 'A sponsor owns the decision; the groundwork is under way.',
  'ready-for-vendors': 'Options, scope, draft terms and data rules are settled: you can go to market.',
  'ready-to-contract': 'The case holds on the real price and the legal terms are in place: you can sign.',
  'ready-to-transfer': 'People, plan and governance are ready: you can hand the work over.',
};

export { stageBadges, stageLabels } from '../model/checklistStages';
