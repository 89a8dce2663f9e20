import { useMemo } from 'react';
import {
  addMeeting,
  addPlanRecord,
  movePlanRecord,
  removeMeeting,
  removePlanRecord,
  setEscalationPath,
  updateGovernance,
  updateMeeting,
  updatePlanRecord,
  updateRelationshipManager,
  type PlanList,
} from '../../../shared/domain/planEdits';
import { newId } from '../../../shared/ids';
import type { Governance, Meeting, Plan } from '../../../shared/model/plan';
import type { Project } from '../../../shared/model/project';
import { useStoreApi, type AppStore } from '../../store';

type PlanRecord<L extends PlanList> = Plan[L][number];

/** Every edit of the Plan tab, as a store edit applying a pure function from shared/domain (undoable, autosaved). */
export function planActions(store: AppStore) {
  const edit = (change: (plan: Plan) => Plan, coalesce?: string) =>
    store
      .getState()
      .editProject(
        (project: Project) => ({ ...project, plan: change(project.plan) }),
        coalesce ? { coalesce } : undefined,
      );

  return {
    add<L extends PlanList>(list: L, record: Omit<PlanRecord<L>, 'id'>): string {
      const id = newId();
      edit((plan) => addPlanRecord(plan, list, { ...record, id } as PlanRecord<L>));
      return id;
    },
    update<L extends PlanList>(list: L, id: string, patch: Partial<Omit<PlanRecord<L>, 'id'>>) {
      edit((plan) => updatePlanRecord(plan, list, id, patch), `${list}:${id}:${Object.keys(patch).join(',')}`);
    },
    remove: (list: PlanList, id: string) => edit((plan) => removePlanRecord(plan, list, id)),
    move: (list: PlanList, id: string, direction: -1 | 1) => edit((plan) => movePlanRecord(plan, list, id, direction)),
    updateManager: (patch: Partial<Governance['relationshipManager']>) =>
      edit((plan) => updateRelationshipManager(plan, patch), `manager:${Object.keys(patch).join(',')}`),
    updateGovernance: (patch: Partial<Pick<Governance, 'feedbackLoop' | 'changeProcess'>>) =>
      edit((plan) => updateGovernance(plan, patch), `governance:${Object.keys(patch).join(',')}`),
    addMeetings: (meetings: ReadonlyArray<Omit<Meeting, 'id'>>) =>
      edit((plan) => meetings.reduce((acc, meeting) => addMeeting(acc, { ...meeting, id: newId() }), plan)),
    updateMeeting: (id: string, patch: Partial<Omit<Meeting, 'id'>>) =>
      edit((plan) => updateMeeting(plan, id, patch), `meeting:${id}:${Object.keys(patch).join(',')}`),
    removeMeeting: (id: string) => edit((plan) => removeMeeting(plan, id)),
    setEscalationPath: (steps: string[], coalesce?: string) => edit((plan) => setEscalationPath(plan, steps), coalesce),
  };
}

export type PlanActions = ReturnType<typeof planActions>;

export function usePlanActions(): PlanActions {
  const store = useStoreApi();
  return useMemo(() => planActions(store), [store]);
}
