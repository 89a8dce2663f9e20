import { useMemo } from 'react';
import { assessReadiness, type ReadinessReport } from '../../../shared/domain/readiness';
import { useAppStore } from '../../store';
import { useToday } from './useToday';

/** The readiness report of the open project, recomputed when the project changes (well under a millisecond). */
export function useReadiness(): ReadinessReport | null {
  const project = useAppStore((s) => s.current?.project ?? null);
  const today = useToday();
  return useMemo(() => (project ? assessReadiness(project, today) : null), [project, today]);
}
