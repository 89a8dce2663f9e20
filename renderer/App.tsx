import { useEffect, useState, type DragEvent } from 'react';
import { projectFileExtension } from '../shared/model/projectFile';
import { api } from './api';
import { Notice } from './components/Notice';
import { Sidebar } from './components/Sidebar';
import { Toast } from './components/Toast';
import { ConflictDialog } from './features/files/ConflictDialog';
import { OpenFailureScreen } from './features/files/OpenFailureScreen';
import { ProjectsHome } from './features/projects/ProjectsHome';
import { Workspace } from './features/workspace/Workspace';
import { useAppStore, useStoreApi } from './store';

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function App() {
  const store = useStoreApi();
  const view = useAppStore((s) => (s.openFailure ? 'failure' : s.current ? 'workspace' : 'home'));
  // A different project (opened, saved as, copied) starts with a fresh workspace: tab, open rows, drafts.
  const projectId = useAppStore((s) => s.current?.project.id);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const state = store.getState;
    void state().loadLibrary();
    // Save before the window loses focus or closes, and open files the OS hands over.
    const onBlur = () => void state().flushSave();
    window.addEventListener('blur', onBlur);
    // Coming back from Explorer or Finder: files put in the projects folder meanwhile are listed, moved ones marked.
    const onFocus = () => void state().loadLibrary();
    window.addEventListener('focus', onFocus);
    // Undo and redo act on the project everywhere in the window, text fields included: their edits are
    // project edits too, so the app's history is the one to walk.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) state().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') state().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const offOpen = api.onOpenPath(({ path }) => void state().openProject(path));
    const offMenu = api.onMenuCommand(({ command }) => (command === 'undo' ? state().undo() : state().redo()));
    const offClose = api.onCloseRequested(() => {
      void state()
        .flushSave()
        .then((saved) => {
          if (saved) window.close();
          else {
            state().showNotice({
              code: 'io',
              message:
                'Your latest changes could not be saved, so the window stays open. Retry the save, or use File › Save as… to keep them somewhere else.',
            });
          }
        });
    });
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('keydown', onKeyDown);
      offOpen();
      offMenu();
      offClose();
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
        {view === 'failure' ? (
          <OpenFailureScreen />
        ) : view === 'workspace' ? (
          <Workspace key={projectId} />
        ) : (
          <ProjectsHome />
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          <p>Drop a project file to open it</p>
        </div>
      )}
      <ConflictDialog />
      <Toast />
    </div>
  );
}
