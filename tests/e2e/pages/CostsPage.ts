import { expect, type Locator, type Page } from '@playwright/test';

/** The Costs tab: the cost history grid, vendor quotes and the business case table. */
export class CostsPage {
  readonly grid: Locator;
  readonly message: Locator;
  readonly caseTable: Locator;
  /** The tab's own panel: the Vendors tab, kept mounted, has a field of the same name for a new vendor. */
  readonly tab: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tabpanel', { name: 'Costs', exact: true });
    this.grid = page.getByRole('grid', { name: 'Cost history by category and period' });
    this.message = page.locator('.costs-grid-message');
    this.caseTable = page.getByRole('table', { name: /Options compared/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab', { name: 'Costs' }).click();
    await expect(this.page.getByRole('heading', { name: 'Cost history' })).toBeVisible();
  }

  async addYear(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a year', exact: true }).click();
  }

  /** The cell of a category row ("Labour", "Volume (contacts)") in a period column, by their positions. */
  cell(row: number, col: number): Locator {
    return this.grid.locator(`[data-cell="${row}:${col}"]`);
  }

  /** Text of the cells of one row, one per period. */
  async rowTexts(rowHeader: string): Promise<string[]> {
    const row = this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: rowHeader, exact: true }) });
    return row.locator('[data-cell]').allInnerTexts();
  }

  /** Pastes text into the grid at the active cell, as the clipboard would deliver it. */
  async paste(text: string): Promise<void> {
    await this.grid.evaluate((grid, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      const target = grid.querySelector('[tabindex="0"]') ?? grid;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, text);
  }

  quote(vendor: string): Locator {
    return this.page.getByRole('article', { name: vendor });
  }

  async addVendor(name: string): Promise<void> {
    await this.tab.getByLabel('New vendor’s name').fill(name);
    await this.page.getByRole('button', { name: 'Add vendor' }).click();
    await expect(this.quote(name)).toBeVisible();
  }

  /**
   * The business-case row of an option, as the texts of its cells. Text content, not inner text: a card
   * scrolled out of view is not rendered (content-visibility), and its inner text is then empty.
   */
  async optionRow(name: string): Promise<string[]> {
    const row = this.caseTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
  }
}
