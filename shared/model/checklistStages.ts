/**
 * The gate each checklist item must be done by, in the order a sourcing project runs (eSCM-CL's initiation:
 * sourcing planning → provider evaluation → agreements → service transfer). Zod-free, so the renderer and the
 * briefing can use the labels without loading the schemas.
 */
export const itemStages = ['preparing', 'vendors', 'contract', 'transfer'] as const;
export type ItemStage = (typeof itemStages)[number];

/** "Needed …": how a stage reads after a must-have or an open item. */
export const stageLabels: Record<ItemStage, string> = {
  preparing: 'to start preparing',
  vendors: 'before going to market',
  contract: 'before signing',
  transfer: 'before the hand-over',
};

/** A stage on a badge, where space is short. */
export const stageBadges: Record<ItemStage, string> = {
  preparing: 'To start',
  vendors: 'Before market',
  contract: 'Before signing',
  transfer: 'Before hand-over',
};

/** Whether an item of stage `stage` counts toward the gate of stage `gate` (it is due by then). */
export function isDueBy(stage: ItemStage, gate: ItemStage): boolean {
  return itemStages.indexOf(stage) <= itemStages.indexOf(gate);
}
