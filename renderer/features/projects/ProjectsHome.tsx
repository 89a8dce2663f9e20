import { ClipboardCheck, FileText, Plus, Scale } from 'lucide-react';
import { useState } from 'react';
import { businessFunction } from '../../../shared/model/businessFunctions';
import { dateTime, timeAgo } from '../../format';
import { useAppStore } from '../../store';
import { NewProjectDialog } from './NewProjectDialog';
import './projects.css';

export function ProjectsHome() {
  const library = useAppStore((s) => s.library);
  const openProject = useAppStore((s) => s.openProject);
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
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          <Plus size={16} aria-hidden />
          New project
        </button>
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
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden />
              Create a project
            </button>
          </section>
        ) : (
          <section aria-labelledby="projects-title">
            <h2 id="projects-title" className="visually-hidden">
              Your projects
            </h2>
            <ul className="project-grid">
              {library.projects.map((project) => (
                <li key={project.path}>
                  <button type="button" className="project-card" onClick={() => void openProject(project.path)}>
                    <span className="project-card__function">{businessFunction(project.functionTemplate).label}</span>
                    <span className="project-card__name">{project.name}</span>
                    <span className="project-card__meta" title={dateTime(project.updatedAt)}>
                      Edited {timeAgo(project.updatedAt)}
                    </span>
                    <span className="project-card__path" title={project.path}>
                      <span dir="ltr">{project.path}</span>
                    </span>
                  </button>
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
      <NewProjectDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
