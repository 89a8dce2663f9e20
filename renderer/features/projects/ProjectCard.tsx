import { FileQuestion } from 'lucide-react';
import type { PointerEvent } from 'react';
import { levelLabels } from '../../../shared/domain/readinessLabels';
import { businessFunction } from '../../../shared/model/businessFunctions';
import type { ProjectSummary } from '../../../shared/model/library';
import { fileLocation } from '../../../shared/model/paths';
import { dateTime, timeAgo } from '../../format';
import { useStoreApi } from '../../store';
import { ProjectActions } from '../files/ProjectActions';

/**
 * The exact time as the tooltip of a "3 days ago", written when the pointer comes: building the date format costs
 * about 13 ms here, which the home's first paint would otherwise wait for, for a tooltip nobody has asked for yet.
 */
const exactTimeTooltip = (iso: string) => ({
  onPointerEnter: (event: PointerEvent<HTMLElement>) => {
    event.currentTarget.title = dateTime(iso);
  },
});

/** Where the file is: its name, and the folder it is in (the whole path on hover). */
function FileWhere({ path }: { path: string }) {
  const { fileName, folderName } = fileLocation(path);
  return (
    <span className="project-card__where" title={path}>
      <span className="project-card__file" dir="auto">
        {fileName}
      </span>
      <span className="project-card__folder" dir="auto">
        in {folderName}
      </span>
    </span>
  );
}

/** Where the project stands, as the library last saw it: level and score, and the item done last. */
function Standing({ project }: { project: ProjectSummary }) {
  const { readiness, lastDone } = project;
  if (!readiness) return null;
  return (
    <>
      <span className="project-card__readiness">
        <span className={`level-badge level-badge--${readiness.level}`}>{levelLabels[readiness.level]}</span>
        <span className="project-card__score">
          {readiness.score === null ? 'nothing to assess' : `${Math.floor(readiness.score)}/100`}
        </span>
      </span>
      <span
        // A new time is a new element: the tooltip written for the last one goes with it.
        key={lastDone?.at ?? 'nothing done'}
        className="project-card__meta project-card__last-done"
        {...(lastDone ? exactTimeTooltip(lastDone.at) : {})}
      >
        {lastDone ? `Last done: ${lastDone.title}, ${timeAgo(lastDone.at)}` : 'Nothing done yet'}
      </span>
    </>
  );
}

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
        <FileWhere path={project.path} />
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
        <Standing project={project} />
        <span key={project.updatedAt} className="project-card__meta" {...exactTimeTooltip(project.updatedAt)}>
          Edited {timeAgo(project.updatedAt)}
        </span>
        <FileWhere path={project.path} />
      </button>
      <div className="project-card__menu">
        <ProjectActions path={project.path} name={project.name} inWorkspace={false} />
      </div>
    </div>
  );
}
