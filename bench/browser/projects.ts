import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createProject, type Project } from '../../shared/model/project';
import { serializeProjectFile } from '../../shared/model/projectFile';
import { lazyValue } from '../../shared/lazyValue';
import type { Desktop } from '../../tests/e2e/fixtures';
import { HomePage } from '../../tests/e2e/pages/HomePage';
import type { WorkspacePage } from '../../tests/e2e/pages/WorkspacePage';
import { largeProject } from '../largeProject';

const large = largeProject();
export const largeProjectName = large.name;
export const smallProjectName = 'Small benchmark project';

const fileText = (project: Project) => serializeProjectFile(project, { appVersion: 'bench', savedAt: new Date(0) });
// Written before every app run (see alternate.ts): made once.
const largeFileText = lazyValue(() => fileText(large));
const smallFileText = lazyValue(() =>
  fileText(createProject({ name: smallProjectName, functionTemplate: 'customer-service', now: new Date(0) })),
);

/** The folder the browser bench's app sees: the large project of the budgets, and a new, small one. */
export async function placeProjects(desktop: Desktop): Promise<{ largePath: string }> {
  await mkdir(desktop.projectsFolder, { recursive: true });
  const largePath = join(desktop.projectsFolder, 'Large.orw');
  await writeFile(largePath, largeFileText());
  await writeFile(join(desktop.projectsFolder, 'Small.orw'), smallFileText());
  return { largePath };
}

/** Opens a project from the Projects home, once the home has listed it. */
export async function openFromHome(page: Page, name = largeProjectName): Promise<WorkspacePage> {
  const home = new HomePage(page);
  await home.expectLoaded();
  return home.openProject(name);
}
