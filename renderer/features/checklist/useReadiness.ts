import { useMemo } from 'react';
import { assessReadiness, type ReadinessReport } from '../../../shared/domain/readiness';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { useAppStore, useStoreApi } from '../../store';
import { sameEach } from '../../useStable';
import { useToday } from './useToday';

/** What the readiness report reads of an item (its notes and evidence do not change it). */
const readinessFields = [
  'id',
  'areaId',
  'stage',
  'status',
  'weight',
  'mustHave',
  'owner',
  'dueDate',
  'title',
  'naReason',
] as const satisfies ReadonlyArray<keyof ChecklistItem>;

const sameForReadiness = (a: readonly ChecklistItem[], b: readonly ChecklistItem[]) =>
  sameEach(a, b, (item, other) => readinessFields.every((field) => item[field] === other[field]));

/** One token per version of the checklist as the report reads it, shared by every component that shows it. */
const tokens = new WeakMap<readonly ChecklistItem[], object>();
// Weak, so a closed project's items are not kept alive by the comparison with the next edit.
let previous: WeakRef<readonly ChecklistItem[]> | null = null;

function readinessToken(items: readonly ChecklistItem[]): object {
  let token = tokens.get(items);
  if (!token) {
    const before = previous?.deref();
    token = (before && sameForReadiness(before, items) ? tokens.get(before) : undefined) ?? {};
    tokens.set(items, token);
    previous = new WeakRef(items);
  }
  return token;
}

/**
 * The readiness report of the open project (well under a millisecond), recomputed only when something it
 * reads changes: typing a note, a cost or a score keeps the same token, so nothing showing it re-renders. An
 * edit changes one item object, so telling whether the report's inputs changed compares object identity first.
 */
export function useReadiness(): ReadinessReport | null {
  const store = useStoreApi();
  // The token, not the items, is what the component subscribes to: a keystroke in a note does not render it.
  const token = useAppStore((s) => {
    const items = s.current?.project.checklist.items;
    return items ? readinessToken(items) : null;
  });
  const today = useToday();
  return useMemo(() => {
    const project = store.getState().current?.project;
    return project && token !== null ? assessReadiness(project, today) : null;
    // The report depends on exactly what the token stands for.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store, token, today]);
}
