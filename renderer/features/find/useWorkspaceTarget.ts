import { useEffect } from 'react';
import { useAppStore, useStoreApi } from '../../store';
import type { SectionId } from '../workspace/sections';

/** How long a record Find went to stays outlined, and how long to wait for a tab that is still loading. */
const highlightMs = 2000;
const waitForRecordMs = 3000;

/**
 * Brings a record into view on the current tab: waits for it to appear (a tab loads on first use), scrolls to
 * it, puts the keyboard on it and outlines it for a moment. Tabs mark their records with `data-record-id`.
 */
export function revealRecord(id: string): void {
  const started = performance.now();
  const attempt = () => {
    // Visited tabs stay mounted, parked: the record wanted is the one on the tab now shown.
    const element = [...document.querySelectorAll<HTMLElement>(`[data-record-id="${CSS.escape(id)}"]`)].find(
      (candidate) => candidate.closest('[hidden], [data-parked]') === null,
    );
    if (!element) {
      if (performance.now() - started < waitForRecordMs) requestAnimationFrame(attempt);
      return;
    }
    element.scrollIntoView({ block: 'center' });
    const focusable = element.matches('button, input, textarea, select, a[href], [tabindex]')
      ? element
      : element.querySelector<HTMLElement>('button, input, textarea, select, a[href], [tabindex]');
    if (focusable) focusable.focus({ preventScroll: true });
    else {
      element.tabIndex = -1;
      element.focus({ preventScroll: true });
    }
    element.classList.add('found-record');
    setTimeout(() => element.classList.remove('found-record'), highlightMs);
  };
  requestAnimationFrame(attempt);
}

/**
 * The workspace's side of "go there" (a Find result, File › Export Briefing): switches to the tab, then shows
 * the record — the checklist opens and focuses its item itself (`showChecklistItem`), other tabs scroll to it.
 */
export function useWorkspaceTarget(
  switchTab: (tab: SectionId, along?: () => void) => void,
  showChecklistItem: (id: string) => void,
): void {
  const target = useAppStore((s) => s.workspaceTarget);
  const store = useStoreApi();
  useEffect(() => {
    if (!target) return;
    store.getState().clearWorkspaceTarget();
    const { tab, recordId } = target;
    // The checklist's item goes with the switch: a parked checklist would try to focus it before it is shown.
    switchTab(tab, tab === 'checklist' && recordId ? () => showChecklistItem(recordId) : undefined);
    if (target.panel) store.getState().setRequestedPanel(target.panel);
    if (recordId && tab !== 'checklist') revealRecord(recordId);
  }, [target, store, switchTab, showChecklistItem]);
}

/** A tab with parts switches to the one "go there" asked for, once, when it shows. */
export function useRequestedPanel<P extends string>(
  panels: ReadonlyArray<{ id: P }>,
  switchPanel: (panel: P) => void,
): void {
  const requested = useAppStore((s) => s.requestedPanel);
  const store = useStoreApi();
  useEffect(() => {
    const panel = panels.find((candidate) => candidate.id === requested);
    if (!panel) return;
    store.getState().setRequestedPanel(null);
    switchPanel(panel.id);
  }, [requested, panels, store, switchPanel]);
}
