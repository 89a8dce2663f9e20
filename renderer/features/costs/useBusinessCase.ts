import { useMemo } from 'react';
import { businessCaseOf, type BusinessCase } from '../../../shared/domain/businessCase';
import { useAppStore, useStoreApi } from '../../store';
import { useAppStoreSettled } from '../../store/useAppStoreSettled';

/**
 * The business case of the open project, recomputed only when what it reads changes (the costs, the vendor
 * list and the function), so a checklist edit or a score never recomputes it.
 */
export function useBusinessCase(): BusinessCase | null {
  const store = useStoreApi();
  // Once the typing pauses: a committed cell paints at once, the case and its charts follow.
  const costs = useAppStoreSettled((s) => s.current?.project.costs);
  const vendors = useAppStoreSettled((s) => s.current?.project.vendors.vendors);
  const functionTemplate = useAppStore((s) => s.current?.project.functionTemplate);
  return useMemo(() => {
    const project = store.getState().current?.project;
    return project ? businessCaseOf(project) : null;
    // The project is read when these parts change; nothing else of it matters to the business case.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store, costs, vendors, functionTemplate]);
}
