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

  /**
   * The card of one project in the list (its open button, its menu, or its missing-file actions); two projects
   * of one name are told apart by their file's name.
   */
  projectCard(name: string, fileName?: string): Locator {
    const cards = this.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
    return fileName ? cards.filter({ has: this.page.getByText(fileName, { exact: true }) }) : cards;
  }

  /** Opens the "…" menu of a project's card and chooses an action. */
  async chooseCardAction(name: string, action: string, fileName?: string): Promise<void> {
    await this.projectCard(name, fileName)
      .getByRole('button', { name: `Actions for ${name}` })
      .click();
    await this.page.getByRole('menuitem', { name: action }).click();
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
    await this.projectCard(name).getByRole('button').first().click();
    const workspace = new WorkspacePage(this.page);
    await workspace.expectProject(name);
    return workspace;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
