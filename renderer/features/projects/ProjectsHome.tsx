import { ClipboardCheck, FileInput, FileText, FolderOpen, Plus, Scale, Sparkles } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useAppStore, useStoreApi } from '../../store';
import { NewProjectDialog } from '../../lazyParts';
import { ProjectCard } from './ProjectCard';
import './projects.css';

export function ProjectsHome() {
  const library = useAppStore((s) => s.library);
  const actions = useStoreApi().getState;
  const [creating, setCreating] = useState(false);

  return (
    <>
      <header className="page-header">
        <div className="page-header__text">
          <h1>Projects</h1>
          <p className="page-header__lede">
            Each project prepares one business function for a hand-over to an outsourcing provider — readiness, business
            case, vendor choice, partnership plan and the briefing for your executives.
          </p>
        </div>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => void actions().createSampleProject()}>
            <Sparkles size={16} aria-hidden />
            Try a sample project
          </button>
          <button type="button" className="button" onClick={() => void actions().importProject()}>
            <FileInput size={16} aria-hidden />
            Import a copy…
          </button>
          <button type="button" className="button" onClick={() => void actions().chooseAndOpenProject()}>
            <FolderOpen size={16} aria-hidden />
            Open…
          </button>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden />
            New project
          </button>
        </div>
      </header>

      <div className="page-body">
        {library.status === 'loading' ? (
          <p className="muted" role="status">
            Loading your projects…
          </p>
        ) : library.projects.length === 0 ? (
          <section className="empty-state" aria-labelledby="empty-title">
            <h2 id="empty-title">Start your first readiness project</h2>
            <p className="muted">
              Pick the function you want to outsource. The workbench walks you from “are we ready?” to a briefing your
              leadership can approve.
            </p>
            <ol className="steps">
              <li>
                <ClipboardCheck size={20} aria-hidden />
                <span>
                  <strong>Check readiness</strong> — what is done, what blocks you, who owns it.
                </span>
              </li>
              <li>
                <Scale size={20} aria-hidden />
                <span>
                  <strong>Build the case</strong> — cost history, vendor quotes, fit scores.
                </span>
              </li>
              <li>
                <FileText size={20} aria-hidden />
                <span>
                  <strong>Win the C-suite</strong> — a briefing in PDF, Word or Markdown.
                </span>
              </li>
            </ol>
            <div className="empty-state__actions">
              <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
                <Plus size={16} aria-hidden />
                Create a project
              </button>
              <button type="button" className="button" onClick={() => void actions().createSampleProject()}>
                <Sparkles size={16} aria-hidden />
                Look around a sample project first
              </button>
            </div>
          </section>
        ) : (
          <section aria-labelledby="projects-title">
            <h2 id="projects-title" className="visually-hidden">
              Your projects
            </h2>
            <ul className="project-grid">
              {library.projects.map((project) => (
                <li key={project.path}>
                  <ProjectCard project={project} />
                </li>
              ))}
            </ul>
            {library.projectsFolder && (
              <p className="muted folder-note">
                New projects are saved in <code>{library.projectsFolder}</code>
              </p>
            )}
          </section>
        )}
      </div>
      {creating && (
        <Suspense fallback={null}>
          <NewProjectDialog open onOpenChange={setCreating} />
        </Suspense>
      )}
    </>
  );
}
