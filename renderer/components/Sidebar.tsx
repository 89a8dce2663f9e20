import { Check, FolderOpen, LayoutGrid, ShieldCheck } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import type { ProjectSummary } from '../../shared/model/library';
import { fileLocation } from '../../shared/model/paths';
import { timeAgo } from '../format';
import { useAppStore } from '../store';

const recentCount = 5;

/** Names two or more projects share: Recent adds their folder and time, so the copies can be told apart. */
function namesUsedTwice(projects: readonly ProjectSummary[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { name } of projects) (seen.has(name) ? twice : seen).add(name);
  return [...twice];
}

export function Sidebar() {
  const currentPath = useAppStore((s) => s.current?.path ?? null);
  const recent = useAppStore(useShallow((s) => s.library.projects.slice(0, recentCount)));
  const sharedNames = useAppStore(useShallow((s) => namesUsedTwice(s.library.projects)));
  const openProject = useAppStore((s) => s.openProject);
  const closeProject = useAppStore((s) => s.closeProject);

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand__mark" aria-hidden>
          <Check size={20} strokeWidth={3} />
        </span>
        <span>
          <span className="brand__name">Readiness Workbench</span>
          <br />
          <span className="brand__tagline">Outsourcing, prepared</span>
        </span>
      </div>

      <div className="nav-section">
        <button
          type="button"
          className="nav-item"
          aria-current={currentPath === null ? 'page' : undefined}
          onClick={() => void closeProject()}
        >
          <LayoutGrid size={16} aria-hidden />
          <span className="nav-item__label">Projects</span>
        </button>
      </div>

      {recent.length > 0 && (
        <div className="nav-section">
          <h2 className="nav-section__title">Recent</h2>
          {recent.map((project) => (
            <button
              key={project.path}
              type="button"
              className="nav-item"
              aria-current={project.path === currentPath ? 'page' : undefined}
              title={`${project.name}\n${project.path}`}
              onClick={() => void openProject(project.path)}
            >
              <FolderOpen size={16} aria-hidden />
              <span className="nav-item__text">
                <span className="nav-item__label" dir="auto">
                  {project.name}
                </span>
                {sharedNames.includes(project.name) && (
                  <span className="nav-item__detail" dir="auto">
                    in {fileLocation(project.path).folderName} · {timeAgo(project.updatedAt)}
                  </span>
                )}
              </span>
            </button>
          ))}
        </div>
      )}

      <p className="sidebar__footer">
        <ShieldCheck size={14} aria-hidden />
        <span>Your projects stay on this computer. Nothing is sent anywhere.</span>
      </p>
    </nav>
  );
}
