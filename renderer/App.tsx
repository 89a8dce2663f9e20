import { useContext, useEffect } from 'react';
import { api } from './api';
import { Notice } from './components/Notice';
import { Sidebar } from './components/Sidebar';
import { ProjectsHome } from './features/projects/ProjectsHome';
import { Workspace } from './features/workspace/Workspace';
import { StoreContext, useAppStore } from './store';

export function App() {
  const store = useContext(StoreContext);
  const hasProject = useAppStore((s) => s.current !== null);

  useEffect(() => {
    if (!store) return;
    const state = store.getState;
    void state().loadLibrary();
    // Save before the window loses focus or closes, and open files the OS hands over.
    const onBlur = () => void state().flushSave();
    window.addEventListener('blur', onBlur);
    const offOpen = api.onOpenPath(({ path }) => void state().openProject(path));
    const offClose = api.onCloseRequested(() => {
      void state()
        .flushSave()
        .finally(() => window.close());
    });
    return () => {
      window.removeEventListener('blur', onBlur);
      offOpen();
      offClose();
    };
  }, [store]);

  return (
    <div className="shell">
      <Sidebar />
      <main className="main" id="main">
        <Notice />
        {hasProject ? <Workspace /> : <ProjectsHome />}
      </main>
    </div>
  );
}
