import { expect, type Locator, type Page } from '@playwright/test';

/** One open project: title, save status and the section tabs. */
export class WorkspacePage {
  readonly title: Locator;
  readonly saveStatus: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.saveStatus = page.getByRole('status', { name: 'Save status' });
    this.tabs = page.getByRole('tablist', { name: 'Project sections' });
  }

  async expectProject(name: string): Promise<void> {
    await expect(this.title).toHaveText(name);
    await expect(this.tabs).toBeVisible();
  }

  tab(name: string): Locator {
    return this.tabs.getByRole('tab', { name });
  }

  /**
   * A section's own panel, while it is shown. The other tabs are built and kept (parked), and have fields of the
   * same labels: a label found on the whole page may be another tab's.
   */
  panel(name: string): Locator {
    return this.page.getByRole('tabpanel', { name, exact: true });
  }

  async rename(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename project' }).click();
    const input = this.page.getByRole('textbox', { name: 'Project name' });
    await input.fill(name);
    await input.press('Enter');
    await expect(this.title).toHaveText(name);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  /** Opens the workspace's File menu and chooses an action. */
  async chooseFileAction(action: string): Promise<void> {
    await this.page.getByRole('button', { name: /^File actions for/ }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** Changes the project's currency in Settings: an edit that goes through autosave. */
  async setCurrency(code: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings' }).click();
    await this.page.getByLabel('Currency').selectOption(code);
    await this.page.getByRole('button', { name: 'Done' }).click();
  }

  path(): Promise<string> {
    return this.page.locator('.workspace__path').innerText();
  }

  async backToProjects(): Promise<void> {
    await this.page.getByRole('button', { name: 'All projects' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  }
}
