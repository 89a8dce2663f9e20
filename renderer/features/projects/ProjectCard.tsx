import { FileQuestion } from 'lucide-react';
import { businessFunction } from '../../../shared/model/businessFunctions';
import type { ProjectSummary } from '../../../shared/model/library';
import { dateTime, timeAgo } from '../../format';
import { useStoreApi } from '../../store';
import { ProjectActions } from '../files/ProjectActions';

/** One project on the home: opens on click; its file actions sit in a menu; a missing file says so. */
export function ProjectCard({ project }: { project: ProjectSummary }) {
  const actions = useStoreApi().getState;

  if (project.missing) {
    return (
      <div className="project-card project-card--missing">
        <span className="project-card__badge">
          <FileQuestion size={14} aria-hidden /> File not found
        </span>
        <span className="project-card__name" dir="auto">
          {project.name}
        </span>
        <span className="project-card__meta">
          The file is no longer at this place — it may have been moved, renamed, or be on a drive that is not connected.
        </span>
        <span className="project-card__path" title={project.path}>
          <span dir="ltr">{project.path}</span>
        </span>
        <div className="project-card__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => void actions().locateProject(project.path)}
          >
            Locate…
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => void actions().forgetProject(project.path)}
            aria-label={`Remove ${project.name} from the list`}
          >
            Remove from list
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="project-card">
      <button type="button" className="project-card__open" onClick={() => void actions().openProject(project.path)}>
        <span className="project-card__function">{businessFunction(project.functionTemplate).label}</span>
        <span className="project-card__name" dir="auto">
          {project.name}
        </span>
        <span className="project-card__meta" title={dateTime(project.updatedAt)}>
          Edited {timeAgo(project.updatedAt)}
        </span>
        <span className="project-card__path" title={project.path}>
          <span dir="ltr">{project.path}</span>
        </span>
      </button>
      <div className="project-card__menu">
        <ProjectActions path={project.path} name={project.name} inWorkspace={false} />
      </div>
    </div>
  );
}
