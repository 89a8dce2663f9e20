import { expect, type Locator, type Page } from '@playwright/test';
import { WorkspacePage } from './WorkspacePage';

/** The Projects home: the list of projects and the New project dialog. */
export class HomePage {
  readonly heading: Locator;
  readonly newProjectButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Projects' });
    this.newProjectButton = page.getByRole('button', { name: 'New project' });
    this.dialog = page.getByRole('dialog', { name: 'New project' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  }

  projectCard(name: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name: new RegExp(`^.*${escapeRegExp(name)}`) });
  }

  async openNewProjectDialog(): Promise<void> {
    await this.newProjectButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async createProject(name: string, functionLabel: string): Promise<WorkspacePage> {
    await this.openNewProjectDialog();
    await this.dialog.getByLabel('Project name').fill(name);
    await this.dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(functionLabel)}`) }).check();
    await this.dialog.getByRole('button', { name: 'Create project' }).click();
    const workspace = new WorkspacePage(this.page);
    await workspace.expectProject(name);
    return workspace;
  }

  async openProject(name: string): Promise<WorkspacePage> {
    await this.projectCard(name).click();
    const workspace = new WorkspacePage(this.page);
    await workspace.expectProject(name);
    return workspace;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
