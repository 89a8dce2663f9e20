import { useMemo } from 'react';
import { mergeTemplate } from '../../../shared/catalog/instantiate';
import { newId } from '../../../shared/ids';
import type { BusinessFunctionId } from '../../../shared/model/businessFunctions';
import type { ChecklistAreaId, ChecklistItem, ItemStatus } from '../../../shared/model/checklist';
import type { Project } from '../../../shared/model/project';
import {
  addCustomItem,
  moveItem,
  nextStatus,
  removeCustomItem,
  setItemStatus,
  updateItem,
  waiveItem,
  type ItemPatch,
} from '../../../shared/domain/checklistEdits';
import { byId } from '../../byId';
import { useStoreApi, type AppState, type AppStore } from '../../store';

type Edit = (items: readonly ChecklistItem[]) => ChecklistItem[];

/** An item of the open project's checklist, found through the list's index (rows look themselves up on every edit). */
export const checklistItemIn = (state: AppState, id: string): ChecklistItem | undefined =>
  state.current ? byId(state.current.project.checklist.items, id) : undefined;

/**
 * Every checklist edit, as a store edit applying a pure function from shared/domain (undoable, autosaved).
 * `askForReason` is how the view asks for the reason a must-have does not apply before it is marked n/a; without
 * it, a must-have cannot be marked n/a from here.
 */
export function checklistActions(store: AppStore, askForReason?: (id: string) => void) {
  const edit = (change: Edit, coalesce?: string) =>
    store.getState().editProject(
      (project: Project) => ({
        ...project,
        checklist: { ...project.checklist, items: change(project.checklist.items) },
      }),
      coalesce ? { coalesce } : undefined,
    );
  const adoptTemplate = (choose: (project: Project) => BusinessFunctionId) =>
    store.getState().editProject((project) => {
      const functionTemplate = choose(project);
      return {
        ...project,
        functionTemplate,
        checklist: { ...project.checklist, items: mergeTemplate(project.checklist.items, functionTemplate) },
      };
    });
  const itemOf = (id: string) => checklistItemIn(store.getState(), id);

  return {
    setStatus: (id: string, status: ItemStatus) => edit((items) => setItemStatus(items, id, status, new Date())),
    cycleStatus(id: string) {
      const status = itemOf(id)?.status;
      if (status) edit((items) => setItemStatus(items, id, nextStatus(status), new Date()));
    },
    /** Marks an item not applicable; a must-have only after its reason is asked for (see `waive`). */
    markNotApplicable(id: string) {
      const item = itemOf(id);
      if (!item) return;
      if (item.mustHave) askForReason?.(id);
      else edit((items) => setItemStatus(items, id, 'n/a', new Date()));
    },
    /** Marks an item n/a with the reason why, as one undo step: for a must-have, a waiver. */
    waive: (id: string, reason: string) => edit((items) => waiveItem(items, id, reason, new Date())),
    /** Typing in one field of one item undoes as one step. */
    update: (id: string, patch: ItemPatch) =>
      edit((items) => updateItem(items, id, patch), `${id}:${Object.keys(patch).join(',')}`),
    add(areaId: ChecklistAreaId, title: string): string {
      const id = `custom.${newId()}`;
      edit((items) => addCustomItem(items, { id, areaId, title }));
      return id;
    },
    remove: (id: string) => edit((items) => removeCustomItem(items, id)),
    move: (id: string, direction: -1 | 1) => edit((items) => moveItem(items, id, direction)),
    /** Switches the function template, adding its missing items; the user's work is kept as it is. */
    changeFunction: (functionTemplate: BusinessFunctionId) => adoptTemplate(() => functionTemplate),
    /** Adds the items the project's own template has gained since the checklist was made. */
    addMissingTemplateItems: () => adoptTemplate((project) => project.functionTemplate),
  };
}

export type ChecklistActions = ReturnType<typeof checklistActions>;

export function useChecklistActions(askForReason?: (id: string) => void): ChecklistActions {
  const store = useStoreApi();
  return useMemo(() => checklistActions(store, askForReason), [store, askForReason]);
}
