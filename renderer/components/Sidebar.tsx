import { Check, FolderOpen, LayoutGrid, Menu, PanelLeftClose, ShieldCheck } from 'lucide-react';
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ProjectSummary } from '../../shared/model/library';
import { fileLocation } from '../../shared/model/paths';
import { timeAgo } from '../format';
import { useAppStore } from '../store';

const recentCount = 5;

/**
 * What tells a project apart from others of the same name (a duplicate, an imported copy): its folder, or its
 * file's name when they share the folder too; and when it was edited. Null when no other project has its name.
 */
function telltale(project: ProjectSummary, projects: readonly ProjectSummary[]): string | null {
  const namesakes = projects.filter((other) => other.name === project.name);
  if (namesakes.length < 2) return null;
  const { fileName, folder, folderName } = fileLocation(project.path);
  const sharesFolder = namesakes.some((other) => other !== project && fileLocation(other.path).folder === folder);
  return `${sharesFolder ? fileName : `in ${folderName}`} · ${timeAgo(project.updatedAt)}`;
}

export function Sidebar() {
  const currentPath = useAppStore((s) => s.current?.path ?? null);
  const recent = useAppStore(useShallow((s) => s.library.projects.slice(0, recentCount)));
  const projects = useAppStore((s) => s.library.projects);
  const openProject = useAppStore((s) => s.openProject);
  const closeProject = useAppStore((s) => s.closeProject);
  /** In a narrow window the sidebar is a rail; this opens it over the page. */
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const go = (action: () => Promise<unknown>) => {
    setOpen(false);
    void action();
  };

  return (
    <>
      <nav
        className={open ? 'sidebar sidebar--open' : 'sidebar'}
        aria-label="Main"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        <div className="brand">
          <span className="brand__mark" aria-hidden>
            <Check size={20} strokeWidth={3} />
          </span>
          <span className="brand__text">
            <span className="brand__name">Readiness Workbench</span>
            <br />
            <span className="brand__tagline">Outsourcing, prepared</span>
          </span>
        </div>
        <button
          ref={toggle}
          type="button"
          className="sidebar__toggle nav-item"
          aria-expanded={open}
          title={open ? 'Hide the menu' : 'Show the menu'}
          onClick={() => setOpen(!open)}
        >
          {open ? <PanelLeftClose size={16} aria-hidden /> : <Menu size={16} aria-hidden />}
          <span className="nav-item__label">{open ? 'Hide the menu' : 'Show the menu'}</span>
        </button>

        <div className="nav-section">
          <button
            type="button"
            className="nav-item"
            aria-current={currentPath === null ? 'page' : undefined}
            title="Projects"
            onClick={() => go(closeProject)}
          >
            <LayoutGrid size={16} aria-hidden />
            <span className="nav-item__label">Projects</span>
          </button>
        </div>

        {recent.length > 0 && (
          <div className="nav-section">
            <h2 className="nav-section__title">Recent</h2>
            {recent.map((project) => {
              const detail = telltale(project, projects);
              return (
                <button
                  key={project.path}
                  type="button"
                  className="nav-item"
                  aria-current={project.path === currentPath ? 'page' : undefined}
                  title={`${project.name}\n${project.path}`}
                  onClick={() => go(() => openProject(project.path))}
                >
                  <FolderOpen size={16} aria-hidden />
                  <span className="nav-item__text">
                    <span className="nav-item__label" dir="auto">
                      {project.name}
                    </span>
                    {detail && (
                      <span className="nav-item__detail" dir="auto">
                        {detail}
                      </span>
                    )}
                  </span>
                </button>
              );
            })}
          </div>
        )}

        <p className="sidebar__footer">
          <ShieldCheck size={14} aria-hidden />
          <span>Your projects stay on this computer. Nothing is sent anywhere.</span>
        </p>
      </nav>
      {open && <div className="sidebar-backdrop" aria-hidden onClick={() => setOpen(false)} />}
    </>
  );
}
