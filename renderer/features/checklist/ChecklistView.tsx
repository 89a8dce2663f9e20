import { Download, Printer } from 'lucide-react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { checklistAreas } from '../../../shared/catalog/checklistAreas';
import { actionListCsv, actionListMarkdown } from '../../../shared/domain/actionList';
import { ActionMenu } from '../../components/ActionMenu';
import { useAppStore, useStoreApi } from '../../store';
import { useAppStoreInTransition } from '../../store/useAppStoreInTransition';
import { summarySettleMs } from '../../store/useAppStoreSettled';
import { AreaSection } from './AreaSection';
import { checklistItemIn, useChecklistActions } from './checklistActions';
import { focusItemById, itemElement } from './ChecklistItemRow';
import { isFiltering, matchesFilter, noFilter } from './filter';
import { FilterBar } from './FilterBar';
import { NewCatalogItems } from './NewCatalogItems';
import { ReadinessSummary } from './ReadinessSummary';
import { useReadiness } from './useReadiness';
import { useToday } from './useToday';
import { WaiverDialog } from './WaiverDialog';
import './checklist.css';
import { selectReadOnly } from '../../store/projectSlice';
import { sameStrings, useStable } from '../../useStable';
import type { ChecklistItem } from '../../../shared/model/checklist';

const noItems: readonly ChecklistItem[] = [];
const differentIds = (a: readonly ChecklistItem[], b: readonly ChecklistItem[]) =>
  a.length !== b.length || a.some((item, index) => item.id !== b[index]?.id);

/** The readiness checklist: areas of items to work through, with the readiness summary beside them. */
export const ChecklistView = memo(function ChecklistView({
  showItemFirst = null,
  onShown,
}: {
  /** An item to open and focus when the view appears (a next action clicked on the Overview). */
  showItemFirst?: string | null;
  onShown?(): void;
} = {}) {
  const store = useStoreApi();
  /** The must-have whose reason for not applying is being asked for. */
  const [waiverFor, setWaiverFor] = useState<string | null>(null);
  const actions = useChecklistActions(setWaiverFor);
  // The list follows a change to an item's fields once the typing pauses (the edited row, which reads its own item,
  // shows every key at once), and an item added, removed or moved at once (the keyboard goes to it).
  const items = useAppStoreInTransition(
    (s) => s.current?.project.checklist.items ?? noItems,
    differentIds,
    summarySettleMs,
  );
  const readOnly = useAppStore(selectReadOnly);
  const filter = useAppStore(useShallow((s) => s.checklistFilter));
  const report = useReadiness();
  const today = useToday();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  /** The item opened last: what the user is working on, kept in view while the filters change around it. */
  const lastOpened = useRef<string | null>(null);

  const toggle = useCallback(
    (id: string) =>
      setExpanded((previous) => {
        const next = new Set(previous);
        if (next.has(id)) next.delete(id);
        else {
          next.add(id);
          lastOpened.current = id;
        }
        return next;
      }),
    [],
  );

  // A keystroke in a note makes a new items array but leaves the owners and each area's ids as they were: kept
  // stable, the filter bar and the areas (memoised) skip the render, and only the edited row repaints.
  const owners = useStable(
    useMemo(
      () => [...new Set(items.map((item) => item.owner.trim()).filter(Boolean))].toSorted((a, b) => a.localeCompare(b)),
      [items],
    ),
    sameStrings,
  );
  const visible = useMemo(() => items.filter((item) => matchesFilter(item, filter, today)), [items, filter, today]);
  const idsByArea = useStable(
    useMemo(
      () => checklistAreas.map((area) => visible.filter((item) => item.areaId === area.id).map((item) => item.id)),
      [visible],
    ),
    (a, b) => a.every((ids, index) => sameStrings(ids, b[index] ?? [])),
  );
  const filtering = isFiltering(filter);

  // Clearing the search or the filters puts every item back above the open one: bring it back into view. After
  // the browser has kept the search box's caret in view, or it would scroll straight back.
  const wasFiltering = useRef(filtering);
  useEffect(() => {
    const cleared = wasFiltering.current && !filtering;
    wasFiltering.current = filtering;
    const id = lastOpened.current;
    if (!cleared || id === null || !expanded.has(id)) return;
    const frame = requestAnimationFrame(() => itemElement(id)?.scrollIntoView({ block: 'center' }));
    return () => cancelAnimationFrame(frame);
    // Only when the filtering ends; opening and closing items scroll nothing.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [filtering]);

  /** From the summary: clear filters that hide the item, open it, and put the keyboard on it. */
  // Stable (it reads the filter when called), so the memoised summary does not re-render on every keystroke.
  const showItem = useCallback(
    (id: string) => {
      const state = store.getState();
      const item = checklistItemIn(state, id);
      if (item && !matchesFilter(item, state.checklistFilter, today)) state.setChecklistFilter(noFilter);
      setExpanded((previous) => new Set(previous).add(id));
      lastOpened.current = id;
      requestAnimationFrame(() => {
        focusItemById(id);
        itemElement(id)?.scrollIntoView({ block: 'center' });
      });
    },
    [store, today],
  );

  useEffect(() => {
    if (!showItemFirst) return;
    showItem(showItemFirst);
    onShown?.();
    // Only when asked to show another item; showItem reads the latest filter itself.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [showItemFirst]);

  const exportActions = (format: 'csv' | 'markdown') => {
    const project = store.getState().current?.project;
    if (!project) return;
    void store.getState().exportText({
      suggestedName: `${project.name} — open actions`,
      format,
      content: format === 'csv' ? actionListCsv(project) : actionListMarkdown(project, today),
    });
  };

  return (
    <div className="checklist">
      <div className="checklist__main">
        <div className="checklist__toolbar">
          <h2 className="checklist__heading">Readiness checklist</h2>
          <span className="checklist__spacer" />
          <ActionMenu
            actions={[
              { label: 'Open actions as CSV…', onSelect: () => exportActions('csv') },
              { label: 'Open actions as Markdown…', onSelect: () => exportActions('markdown') },
            ]}
            trigger={
              <button type="button" className="button button--small">
                <Download size={14} aria-hidden /> Export actions
              </button>
            }
          />
          <button type="button" className="button button--small" onClick={() => window.print()}>
            <Printer size={14} aria-hidden /> Print
          </button>
        </div>
        <NewCatalogItems items={items} actions={actions} />
        <FilterBar owners={owners} shown={visible.length} total={items.length} />
        {checklistAreas.map((area, index) => {
          const ids = idsByArea[index] ?? [];
          if (filtering && ids.length === 0) return null;
          return (
            <AreaSection
              key={area.id}
              areaId={area.id}
              itemIds={ids}
              progress={report?.areas.find((a) => a.areaId === area.id)}
              today={today}
              expanded={expanded}
              onToggle={toggle}
              actions={actions}
              readOnly={readOnly}
              canAdd={!filtering}
            />
          );
        })}
        {filtering && visible.length === 0 && <p className="muted checklist__empty">No item matches these filters.</p>}
      </div>
      <aside className="checklist__aside" aria-label="Readiness summary">
        <ReadinessSummary onShowItem={showItem} onAddReason={readOnly ? undefined : setWaiverFor} />
      </aside>
      <WaiverDialog
        item={items.find((item) => item.id === waiverFor) ?? null}
        onCancel={() => setWaiverFor(null)}
        onWaive={(id, reason) => {
          actions.waive(id, reason);
          setWaiverFor(null);
        }}
      />
    </div>
  );
});
