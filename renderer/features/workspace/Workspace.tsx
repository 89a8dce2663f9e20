import * as Tabs from '@radix-ui/react-tabs';
import { ChevronLeft } from 'lucide-react';
import { businessFunction, type BusinessFunctionId } from '../../../shared/model/businessFunctions';
import { SaveStatus } from '../../components/SaveStatus';
import { ProjectActions } from '../files/ProjectActions';
import { ReadOnlyBanner } from '../files/ReadOnlyBanner';
import { ProjectSettingsDialog } from './ProjectSettingsDialog';
import { ProjectTitle } from './ProjectTitle';
import { TabStrip } from './TabStrip';
import { workspaceSections, type SectionId } from './sections';
import { Overview } from './Overview';
import { UndoRedo } from './UndoRedo';
import { ChecklistView } from '../checklist/ChecklistView';
import {
  memo,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useAppStore, useStoreApi, type AppStore } from '../../store';
import { selectReadOnly } from '../../store/projectSlice';
import { useWorkspaceTarget } from '../find/useWorkspaceTarget';
import { whenIdle } from '../../idle';
import { preloadable } from '../../preloadable';
import { createShownSection, SectionContext, type ShownSection } from './sectionShown';
import './workspace.css';

// Each heavy section is its own chunk (charts, spreadsheet grid), loaded when its tab is first opened.
/** What a section may do besides its own work: send the user to a record elsewhere (a briefing fact's source). */
export interface SectionProps {
  onNavigate(tab: SectionId, recordId?: string, panel?: string): void;
}

const sections = {
  costs: preloadable<SectionProps>(() => import('../costs/CostsView').then((m) => m.default)),
  vendors: preloadable<SectionProps>(() => import('../vendors/VendorsView').then((m) => m.default)),
  plan: preloadable<SectionProps>(() => import('../plan/PlanView').then((m) => m.default)),
  briefing: preloadable<SectionProps>(() => import('../briefing/BriefingView').then((m) => m.default)),
};

const lazySections: Partial<Record<SectionId, ComponentType<SectionProps>>> = {
  costs: sections.costs.Component,
  vendors: sections.vendors.Component,
  plan: sections.plan.Component,
  briefing: sections.briefing.Component,
};

/**
 * Once the project is on screen and the browser is idle, fetch every tab's code (and start the rank-probability
 * worker), then build the tabs not yet visited, parked, one per idle moment (those whose first showing is dear
 * laid out once, unseen): a first visit is then a return. Each is built in a transition, in slices that give way to
 * the user's keys and clicks.
 */
function prepareSections(store: AppStore, build: (id: SectionId) => void): () => void {
  let cancel = whenIdle(() => {
    const vendors = store.getState().current?.project.vendors;
    if (vendors) void import('../vendors/useRankProbabilities').then((m) => m.prepareRankProbabilities(vendors), noop);
    void Promise.all(Object.values(sections).map((section) => section.preload())).then(() => buildNext(0), noop);
  }, 3000);
  const buildNext = (index: number) => {
    const section = workspaceSections[index];
    if (!section) return layOutNext(0);
    cancel = whenIdle(() => {
      startTransition(() => build(section.id));
      buildNext(index + 1);
    }, 3000);
  };
  const layOutNext = (index: number) => {
    const section = workspaceSections[index];
    if (!section) return;
    if (!section.layOutAhead) return layOutNext(index + 1);
    cancel = whenIdle(() => {
      const stop = layOutParked(section.id, () => layOutNext(index + 1));
      if (stop) cancel = stop;
      else layOutNext(index + 1);
    }, 3000);
  };
  return () => cancel();
}

/**
 * Lays a parked tab out once while it stays unseen (.workspace__panel[data-warming]), then parks it again. A parked
 * tab is not laid out until it is first shown: the checklist's on-screen areas cost 12 ms in the click's frame on a
 * large project, the briefing's frame (a whole document) 80 ms. Laid out ahead, it keeps that layout, and its first
 * showing costs what a return does. `done` is called after the frame that laid it out; null: it is not parked.
 */
function layOutParked(id: SectionId, done: () => void): (() => void) | null {
  const panel = document.querySelector<HTMLElement>(`.workspace__panel[data-section="${id}"][data-parked]`);
  if (!panel) return null;
  panel.dataset['warming'] = '';
  // The frame after this one starts once this one has laid the tab out.
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      delete panel.dataset['warming'];
      done();
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    delete panel.dataset['warming'];
  };
}

const noop = () => undefined;

export function Workspace() {
  const functionTemplate = useAppStore((s) => s.current?.project.functionTemplate);
  const path = useAppStore((s) => s.current?.path ?? '');
  const name = useAppStore((s) => s.current?.project.name ?? '');
  const readOnly = useAppStore(selectReadOnly);
  const closeProject = useAppStore((s) => s.closeProject);
  const [tab, setTab] = useState<SectionId>('overview');
  // Tabs stay mounted once visited or built ahead (parked when not shown), so coming back is instant.
  const [visited, setVisited] = useState<ReadonlySet<SectionId>>(() => new Set(['overview']));
  if (!visited.has(tab)) setVisited(new Set(visited).add(tab));
  const [itemToShow, setItemToShow] = useState<string | null>(null);
  const store = useStoreApi();
  const baseId = useId();
  const [shownSection] = useState(() => createShownSection('overview'));
  const visitedNow = useRef(visited);
  useLayoutEffect(() => {
    visitedNow.current = visited;
  });
  // A tab still mounted comes back at once (an urgent update, painted in the click's frame). A tab to build is a
  // transition: the tab shown stays until the next one is ready, never a "Loading…" flash. (As a transition, a
  // return would be rendered in 5 ms slices with frames between them, two or three frames later.)
  // `along`: an update for the tab it opens (the item to show), made with the switch, urgent or not, so the tab
  // never receives it while still parked (a parked tab's buttons cannot take the keyboard).
  const switchTab = useCallback(
    (to: SectionId, along?: () => void) => {
      if (visitedNow.current.has(to)) {
        // In the same batch as the switch: a mounted tab that asks whether it is shown renders once, with it.
        shownSection.show(to);
        setTab(to);
        along?.();
      } else
        startTransition(() => {
          setTab(to);
          along?.();
        });
    },
    [shownSection],
  );
  // A tab built in a transition is shown once that commits.
  useLayoutEffect(() => shownSection.show(tab), [shownSection, tab]);
  /** Opens a tab (and its part) and, when given, puts the record in view with the keyboard on it. */
  const navigate = useCallback(
    (to: SectionId, recordId?: string, panel?: string) =>
      store.getState().showInWorkspace({ tab: to, recordId: recordId ?? null, ...(panel ? { panel } : {}) }),
    [store],
  );
  const openChecklist = useCallback(
    (itemId?: string) => switchTab('checklist', () => setItemToShow(itemId ?? null)),
    [switchTab],
  );
  const itemShown = useCallback(() => setItemToShow(null), []);
  useEffect(
    () => prepareSections(store, (id) => setVisited((built) => (built.has(id) ? built : new Set(built).add(id)))),
    [store],
  );
  useWorkspaceTarget(switchTab, setItemToShow);
  if (!functionTemplate) return null;

  return (
    <div className="workspace">
      <header className="workspace__header">
        <WorkspaceHeading
          functionTemplate={functionTemplate}
          path={path}
          name={name}
          readOnly={readOnly}
          onClose={closeProject}
        />
        <SectionTabs baseId={baseId} tab={tab} onSwitch={switchTab} />
      </header>
      {workspaceSections.map((section) =>
        visited.has(section.id) ? (
          <SectionPanel
            key={section.id}
            id={section.id}
            baseId={baseId}
            shown={section.id === tab}
            shownSection={shownSection}
          >
            {section.id === 'overview' ? (
              <Overview onOpenChecklist={openChecklist} onOpenSection={switchTab} />
            ) : section.id === 'checklist' ? (
              <ChecklistView showItemFirst={itemToShow} onShown={itemShown} />
            ) : (
              <LazySection id={section.id} onNavigate={navigate} />
            )}
          </SectionPanel>
        ) : null,
      )}
    </div>
  );
}

const triggerId = (baseId: string, id: SectionId) => `${baseId}-trigger-${id}`;
const panelId = (baseId: string, id: SectionId) => `${baseId}-content-${id}`;

/**
 * The project's name, actions and title. Memoised: a tab switch re-renders the tab strip and the two panels that
 * change, not the title, the menus and the save status.
 */
const WorkspaceHeading = memo(function WorkspaceHeading({
  functionTemplate,
  path,
  name,
  readOnly,
  onClose,
}: {
  functionTemplate: BusinessFunctionId;
  path: string;
  name: string;
  readOnly: boolean;
  onClose(): Promise<boolean>;
}) {
  return (
    <>
      <div className="workspace__topline">
        <button type="button" className="button button--ghost button--small" onClick={() => void onClose()}>
          <ChevronLeft size={16} aria-hidden />
          All projects
        </button>
        <div className="workspace__actions">
          <SaveStatus />
          <UndoRedo />
          <ProjectSettingsDialog />
          <ProjectActions path={path} name={name} inWorkspace readOnly={readOnly} />
        </div>
      </div>
      <ReadOnlyBanner />
      <div className="workspace__title">
        <span className="workspace__function">{businessFunction(functionTemplate).label}</span>
        <ProjectTitle />
        <p className="workspace__path" title={path}>
          <span dir="ltr">{path}</span>
        </p>
      </div>
    </>
  );
});

/**
 * The tab strip (Radix Tabs: roving focus, arrow keys, activation on focus). Its root holds the triggers only: the
 * panels sit outside it, so a switch changes no context value above the tabs' trees (React would search them all
 * for readers of the tabs' context); they take the ids the triggers point to.
 */
const SectionTabs = memo(function SectionTabs({
  baseId,
  tab,
  onSwitch,
}: {
  baseId: string;
  tab: SectionId;
  onSwitch(to: SectionId): void;
}) {
  return (
    <Tabs.Root className="workspace__tabs" value={tab} onValueChange={(value) => onSwitch(value as SectionId)}>
      <TabStrip>
        <Tabs.List className="tabs" aria-label="Project sections">
          {workspaceSections.map((section) => (
            <Tabs.Trigger
              key={section.id}
              value={section.id}
              className="tabs__tab"
              id={triggerId(baseId, section.id)}
              aria-controls={panelId(baseId, section.id)}
            >
              <section.icon size={16} aria-hidden />
              {section.tab}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </TabStrip>
    </Tabs.Root>
  );
});

/**
 * A visited tab's panel. One left for another is parked, not hidden: its layout is kept (see
 * .workspace__panel[data-parked]), so coming back paints it without laying out a large project's rows again. Parked
 * content is out of the tab order and the accessibility tree by the CSS alone; aria-hidden says so to tools that read
 * attributes only (inert would too, but costs a style pass over the whole tab on every switch). What it holds learns
 * whether it is shown from a context value made once per tab and never changed (see sectionShown.ts).
 */
function SectionPanel({
  id,
  baseId,
  shown,
  shownSection,
  children,
}: {
  id: SectionId;
  baseId: string;
  shown: boolean;
  shownSection: ShownSection;
  children: ReactNode;
}) {
  const section = useMemo(() => ({ id, shown: shownSection }), [id, shownSection]);
  return (
    <div
      role="tabpanel"
      id={panelId(baseId, id)}
      aria-labelledby={triggerId(baseId, id)}
      className="workspace__panel"
      data-section={id}
      data-state={shown ? 'active' : 'inactive'}
      data-parked={shown ? undefined : ''}
      aria-hidden={shown ? undefined : true}
      tabIndex={shown ? 0 : -1}
    >
      <SectionContext.Provider value={section}>{children}</SectionContext.Provider>
    </div>
  );
}

/** A section loaded on first use (its own chunk: charts, grids and exports load with it). */
const LazySection = memo(function LazySection({ id, onNavigate }: { id: SectionId } & SectionProps) {
  const Section = lazySections[id];
  if (!Section) return null;
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <Section onNavigate={onNavigate} />
    </Suspense>
  );
});
