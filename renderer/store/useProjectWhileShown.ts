import { useLayoutEffect, useRef } from 'react';
import type { Project } from '../../shared/model/project';
import { useAppStore } from './index';

/**
 * The open project while `shown`; otherwise the one it last rendered (a tab built ahead, parked: the one it was
 * built with), so a parked tab whose every render reads the whole project (the briefing) does no work on edits
 * made elsewhere, and catches up when shown again.
 */
export function useProjectWhileShown(shown: boolean): Project | null {
  const lastShown = useRef<Project | null>(null);
  const project = useAppStore((s) => (shown || !lastShown.current ? (s.current?.project ?? null) : lastShown.current));
  useLayoutEffect(() => {
    if (shown || !lastShown.current) lastShown.current = project;
  });
  return project;
}
