import { vi } from 'vitest';
import type { OpenedProject, RequestOf } from '../../shared/contract';
import type { LibrarySnapshot } from '../../shared/model/library';
import { createProject } from '../../shared/model/project';
import { fail, ok } from '../../shared/result';
import type { Api } from '../../renderer/api';
import { createAppStore } from '../../renderer/store';

export function openedProject(name = 'Acme support'): OpenedProject {
  return {
    path: `/projects/${name}.orw`,
    project: createProject({ name, functionTemplate: 'customer-service', now: new Date('2026-11-01T09:00:00Z') }),
    revision: 1,
    lockedBy: null,
  };
}

/** An Api whose every call succeeds by default; override single calls with `mockResolvedValueOnce`. */
export function fakeApi() {
  let revision = 1;
  return {
    listLibrary: vi.fn(async () => ok<LibrarySnapshot>({ projects: [], projectsFolder: '/projects' })),
    createSampleProject: vi.fn(async () => ok(openedProject('Sample'))),
    createProject: vi.fn(async () => ok(openedProject())),
    openProject: vi.fn(async () => ok(openedProject())),
    saveProject: vi.fn(async (_request: RequestOf<'project:save'>) => {
      revision += 1;
      return ok({ revision, savedAt: new Date().toISOString() });
    }),
    renameProject: vi.fn(async ({ name }: RequestOf<'project:rename'>) => {
      const opened = openedProject(name);
      revision += 1;
      return ok({ ...opened, revision, savedAt: new Date().toISOString() });
    }),
    closeProject: vi.fn(async () => ok(null)),
    forgetProject: vi.fn(async () => ok(null)),
    chooseAndOpenProject: vi.fn(async () => ok(openedProject())),
    locateProject: vi.fn(async () => ok(openedProject())),
    saveProjectAs: vi.fn(async () => ok(openedProject('Saved elsewhere'))),
    saveProjectCopy: vi.fn(async () => ok(openedProject('Acme support (my copy)'))),
    duplicateProject: vi.fn(async () => {
      const { path, project } = openedProject('Acme support (copy)');
      return ok({ ...project, path, lastOpenedAt: null });
    }),
    openProjectCopy: vi.fn(async () => ok(openedProject('Acme support (copy)'))),
    importProject: vi.fn(async () => ok(openedProject())),
    exportProject: vi.fn(async () => ok({ path: '/exports/Acme support.orw' })),
    revealFile: vi.fn(async () => ok(null)),
    exportText: vi.fn(async () => ok({ path: '/exports/actions.csv' })),
    exportBinary: vi.fn(async () => ok({ path: '/exports/questions.docx' })),
    exportPdf: vi.fn(async () => ok({ path: '/exports/briefing.pdf' })),
    importText: vi.fn(async () => fail('cancelled', 'Cancelled.')),
    deleteProject: vi.fn(async () => ok(null)),
    listBackups: vi.fn(async () => ok({ backups: [], current: null })),
    restoreBackup: vi.fn(async () => ok(openedProject())),
    getPreferences: vi.fn(async () => ok({ theme: 'system' as const })),
    setPreferences: vi.fn(async ({ theme }: RequestOf<'preferences:set'>) => ok({ theme })),
    reportMenuState: vi.fn(async () => ok(null)),
    closeWindow: vi.fn(async () => ok(null)),
    onOpenPath: vi.fn(() => () => undefined),
    onCloseRequested: vi.fn(() => () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
    pathForFile: vi.fn(() => ''),
  } satisfies Api;
}

/** A store on a fake api with a project open, as after opening one from the home. */
export async function storeWithOpenProject(autosaveDelayMs = 600) {
  const api = fakeApi();
  const store = createAppStore(api, { autosaveDelayMs });
  await store.getState().openProject('/projects/Acme support.orw');
  return { api, store };
}
