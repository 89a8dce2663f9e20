import type { Governance, Meeting, Plan } from '../model/plan';
import { moveById, removeById, updateById } from './listEdits';

/** Pure edits of the partnership plan; each returns a new plan and leaves its input untouched. */

/** The plan's lists of records with ids. */
export type PlanList = 'goals' | 'expectations' | 'risks';
type PlanRecord<L extends PlanList> = Plan[L][number];

export function addPlanRecord<L extends PlanList>(plan: Plan, list: L, record: PlanRecord<L>): Plan {
  return { ...plan, [list]: [...plan[list], record] };
}

export function updatePlanRecord<L extends PlanList>(
  plan: Plan,
  list: L,
  id: string,
  patch: Partial<Omit<PlanRecord<L>, 'id'>>,
): Plan {
  return { ...plan, [list]: updateById<PlanRecord<L>>(plan[list], id, patch) };
}

export function removePlanRecord(plan: Plan, list: PlanList, id: string): Plan {
  return { ...plan, [list]: removeById<{ id: string }>(plan[list], id) };
}

export function movePlanRecord(plan: Plan, list: PlanList, id: string, direction: -1 | 1): Plan {
  return { ...plan, [list]: moveById<{ id: string }>(plan[list], id, direction) };
}

export function updateGovernance(plan: Plan, patch: Partial<Governance>): Plan {
  return { ...plan, governance: { ...plan.governance, ...patch } };
}

export function updateRelationshipManager(plan: Plan, patch: Partial<Governance['relationshipManager']>): Plan {
  const { governance } = plan;
  return updateGovernance(plan, { relationshipManager: { ...governance.relationshipManager, ...patch } });
}

export function addMeeting(plan: Plan, meeting: Meeting): Plan {
  return updateGovernance(plan, { meetings: [...plan.governance.meetings, meeting] });
}

export function updateMeeting(plan: Plan, id: string, patch: Partial<Omit<Meeting, 'id'>>): Plan {
  return updateGovernance(plan, { meetings: updateById(plan.governance.meetings, id, patch) });
}

export function removeMeeting(plan: Plan, id: string): Plan {
  return updateGovernance(plan, { meetings: removeById(plan.governance.meetings, id) });
}

/** The escalation path is an ordered list of steps: who is called when the step before did not solve it. */
export function setEscalationPath(plan: Plan, steps: readonly string[]): Plan {
  return updateGovernance(plan, { escalationPath: [...steps] });
}
