import { useMemo } from 'react';
import { assessReadiness, type ReadinessReport } from '../../../shared/domain/readiness';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { useAppStore, useStoreApi } from '../../store';
import { useToday } from './useToday';

/** What the readiness report reads of an item (its notes and evidence do not change it). */
const readinessFields = (item: ChecklistItem) =>
  [
    item.id,
    item.areaId,
    item.stage,
    item.status,
    item.weight,
    item.mustHave,
    item.owner,
    item.dueDate,
    item.title,
    item.naReason,
  ].join('\u0000');

/**
 * The readiness report of the open project (well under a millisecond), recomputed only when something it
 * reads changes: typing a note, a cost or a score keeps the same report, so nothing showing it re-renders.
 */
export function useReadiness(): ReadinessReport | null {
  const store = useStoreApi();
  const items = useAppStore((s) => s.current?.project.checklist.items ?? null);
  const today = useToday();
  const signature = useMemo(() => items?.map(readinessFields).join('\n') ?? null, [items]);
  return useMemo(() => {
    const project = store.getState().current?.project;
    return project && signature !== null ? assessReadiness(project, today) : null;
    // The report depends on exactly what the signature holds.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store, signature, today]);
}
