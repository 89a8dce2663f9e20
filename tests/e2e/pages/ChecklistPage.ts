import { expect, type Locator, type Page } from '@playwright/test';

/** The Checklist tab of a project: items, their statuses and details, filters and the readiness summary. */
export class ChecklistPage {
  readonly level: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByRole('complementary', { name: 'Readiness summary' });
    this.level = this.summary.getByTestId('readiness-level');
  }

  /** Opens the tab with the keyboard: from the Overview tab, one arrow to the right. */
  async openByKeyboard(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Overview' }).focus();
    await this.page.keyboard.press('ArrowRight');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Readiness checklist' })).toBeVisible();
  }

  statusButton(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escape(title)}: `) });
  }

  item(title: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.statusButton(title) });
  }

  /** Opens or closes an item's details by its title. */
  async toggleDetails(title: string): Promise<void> {
    await this.item(title).getByRole('button', { name: title, exact: true }).click();
  }

  async expectStatus(title: string, status: 'To do' | 'In progress' | 'Done' | 'Not applicable'): Promise<void> {
    await expect(this.statusButton(title)).toHaveAccessibleName(`${title}: ${status}. Press to change the status.`);
  }

  async score(): Promise<number> {
    const label = await this.summary.getByRole('img', { name: /^Readiness score/ }).getAttribute('aria-label');
    return Number(/(\d+) out of 100/.exec(label ?? '')?.[1] ?? Number.NaN);
  }

  /** The dialog that asks why a must-have does not apply. */
  get waiverDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Why does this must-have not apply?' });
  }

  /** Marks a must-have not applicable with a reason: N on its status button, then the dialog. */
  async waive(title: string, reason: string): Promise<void> {
    await this.statusButton(title).focus();
    await this.page.keyboard.press('n');
    await this.waiverDialog.getByLabel('Reason').fill(reason);
    await this.waiverDialog.getByRole('button', { name: 'Mark not applicable' }).click();
    await expect(this.waiverDialog).toBeHidden();
    await this.expectStatus(title, 'Not applicable');
  }

  /** The step of the readiness ladder the project stands on. */
  get currentStep(): Locator {
    return this.summary.getByRole('list', { name: 'Readiness levels' }).locator('[aria-current="step"]');
  }

  area(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async exportActions(format: 'CSV' | 'Markdown'): Promise<void> {
    await this.page.getByRole('button', { name: 'Export actions' }).click();
    await this.page.getByRole('menuitem', { name: `Open actions as ${format}…` }).click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
