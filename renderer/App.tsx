import { Suspense, useEffect, useState, type DragEvent } from 'react';
import { projectFileExtension } from '../shared/model/fileFormat';
import { api } from './api';
import { Notice } from './components/Notice';
import { Sidebar } from './components/Sidebar';
import { Toast } from './components/Toast';
import { DesktopDialogs } from './features/commands/DesktopDialogs';
import { useDesktopCommands } from './features/commands/useDesktopCommands';
import { ProjectsHome } from './features/projects/ProjectsHome';
import { ConflictDialog, OpenFailureScreen, preloadWhenIdle, Workspace } from './lazyParts';
import { useAppStore, useStoreApi } from './store';

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function App() {
  const store = useStoreApi();
  const view = useAppStore((s) => (s.openFailure ? 'failure' : s.current ? 'workspace' : 'home'));
  // A different project (opened, saved as, copied) starts with a fresh workspace: tab, open rows, drafts.
  const projectId = useAppStore((s) => s.current?.project.id);
  const conflict = useAppStore((s) => s.save.status === 'conflict');
  const [dragging, setDragging] = useState(false);

  useDesktopCommands(store);
  useEffect(preloadWhenIdle, []);
  useEffect(() => {
    const state = store.getState;
    // Save before the window loses focus, and open files the OS hands over.
    const onBlur = () => void state().flushSave();
    window.addEventListener('blur', onBlur);
    // Coming back from Explorer or Finder: files put in the projects folder meanwhile are listed, moved ones marked.
    const onFocus = () => void state().loadLibrary();
    window.addEventListener('focus', onFocus);
    const offOpen = api.onOpenPath(({ path }) => void state().openProject(path));
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      offOpen();
    };
  }, [store]);

  /** A project file dropped anywhere on the window opens it. */
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    const path = file ? api.pathForFile(file) : '';
    if (!file || !file.name.toLowerCase().endsWith(projectFileExtension) || !path) {
      store.getState().showNotice({
        code: 'invalid-request',
        message: `Only project files (${projectFileExtension}) can be opened by dropping them here.`,
      });
      return;
    }
    void store.getState().openProject(path);
  };

  return (
    <div
      className="shell"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Sidebar />
      <main className="main" id="main">
        <Notice />
        {view === 'home' ? (
          <ProjectsHome />
        ) : (
          <Suspense fallback={<p className="muted page-loading">Opening…</p>}>
            {view === 'failure' ? <OpenFailureScreen /> : <Workspace key={projectId} />}
          </Suspense>
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          <p>Drop a project file to open it</p>
        </div>
      )}
      {conflict && (
        <Suspense fallback={null}>
          <ConflictDialog />
        </Suspense>
      )}
      <DesktopDialogs />
      <Toast />
    </div>
  );
}
