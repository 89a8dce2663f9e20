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
  type ItemPatch,
} from '../../../shared/domain/checklistEdits';
import { useStoreApi, type AppStore } from '../../store';

type Edit = (items: readonly ChecklistItem[]) => ChecklistItem[];

/** Every checklist edit, as a store edit applying a pure function from shared/domain (undoable, autosaved). */
export function checklistActions(store: AppStore) {
  const edit = (change: Edit, coalesce?: string) =>
    store.getState().editProject(
      (project: Project) => ({
        ...project,
        checklist: { ...project.checklist, items: change(project.checklist.items) },
      }),
      coalesce ? { coalesce } : undefined,
    );
  const statusOf = (id: string) => store.getState().current?.project.checklist.items.find((i) => i.id === id)?.status;

  return {
    setStatus: (id: string, status: ItemStatus) => edit((items) => setItemStatus(items, id, status, new Date())),
    cycleStatus(id: string) {
      const status = statusOf(id);
      if (status) edit((items) => setItemStatus(items, id, nextStatus(status), new Date()));
    },
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
    changeFunction: (functionTemplate: BusinessFunctionId) =>
      store.getState().editProject((project) => ({
        ...project,
        functionTemplate,
        checklist: { ...project.checklist, items: mergeTemplate(project.checklist.items, functionTemplate) },
      })),
  };
}

export type ChecklistActions = ReturnType<typeof checklistActions>;

export function useChecklistActions(): ChecklistActions {
  const store = useStoreApi();
  return useMemo(() => checklistActions(store), [store]);
}
