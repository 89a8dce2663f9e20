import * as Tabs from '@radix-ui/react-tabs';
import { ChevronLeft } from 'lucide-react';
import { businessFunction } from '../../../shared/model/businessFunctions';
import { SaveStatus } from '../../components/SaveStatus';
import { useAppStore } from '../../store';
import { ProjectActions } from '../files/ProjectActions';
import { ReadOnlyBanner } from '../files/ReadOnlyBanner';
import { ProjectSettingsDialog } from './ProjectSettingsDialog';
import { ProjectTitle } from './ProjectTitle';
import { SectionPlaceholder } from './SectionPlaceholder';
import { workspaceSections, type SectionId } from './sections';
import { Overview } from './Overview';
import { UndoRedo } from './UndoRedo';
import { ChecklistView } from '../checklist/ChecklistView';
import { useWorkspaceTarget } from '../find/useWorkspaceTarget';
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

// Each heavy section is its own chunk (charts, spreadsheet grid), loaded when its tab is first opened.
const lazySections: Partial<Record<SectionId, ComponentType>> = {
  costs: lazy(() => import('../costs/CostsView')),
  vendors: lazy(() => import('../vendors/VendorsView')),
};
import './workspace.css';
import { selectReadOnly } from '../../store/projectSlice';

export function Workspace() {
  const functionTemplate = useAppStore((s) => s.current?.project.functionTemplate);
  const path = useAppStore((s) => s.current?.path ?? '');
  const name = useAppStore((s) => s.current?.project.name ?? '');
  const readOnly = useAppStore(selectReadOnly);
  const closeProject = useAppStore((s) => s.closeProject);
  const [tab, setTab] = useState<SectionId>('overview');
  const [itemToShow, setItemToShow] = useState<string | null>(null);
  useWorkspaceTarget(setTab, setItemToShow);
  if (!functionTemplate) return null;

  return (
    <Tabs.Root className="workspace" value={tab} onValueChange={(value) => setTab(value as SectionId)}>
      <header className="workspace__header">
        <div className="workspace__topline">
          <button type="button" className="button button--ghost button--small" onClick={() => void closeProject()}>
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
        <Tabs.List className="tabs" aria-label="Project sections">
          {workspaceSections.map((section) => (
            <Tabs.Trigger key={section.id} value={section.id} className="tabs__tab">
              <section.icon size={16} aria-hidden />
              {section.tab}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </header>
      {workspaceSections.map((section) => (
        <Tabs.Content key={section.id} value={section.id} className="workspace__panel">
          {section.id === 'overview' ? (
            <Overview
              onOpenChecklist={(itemId) => {
                setItemToShow(itemId ?? null);
                setTab('checklist');
              }}
              onOpenSection={setTab}
            />
          ) : section.id === 'checklist' ? (
            <ChecklistView showItemFirst={itemToShow} onShown={() => setItemToShow(null)} />
          ) : (
            <LazySection id={section.id} fallback={<SectionPlaceholder section={section} />} />
          )}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}

/** A section loaded on first use, or what stands in for it while it is not built. */
function LazySection({ id, fallback }: { id: SectionId; fallback: ReactNode }) {
  const Section = lazySections[id];
  if (!Section) return fallback;
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <Section />
    </Suspense>
  );
}
