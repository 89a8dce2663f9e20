import { expect, type Locator, type Page } from '@playwright/test';

/** The Vendors tab: results, the score grid, criteria, weights, vendors and evaluators. */
export class VendorsPage {
  readonly sentence: Locator;
  readonly ranking: Locator;
  readonly scoreGrid: Locator;
  /** Beside the score grid: the focused criterion's question and anchors. */
  readonly rubric: Locator;
  /** The tab's own panel: other tabs, kept mounted, have fields of the same name (the Costs tab adds vendors too). */
  readonly tab: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tabpanel', { name: 'Vendors', exact: true });
    this.sentence = page.locator('.results__sentence');
    this.ranking = page.getByRole('list', { name: 'Ranking' });
    this.scoreGrid = page.locator('.score-grid');
    this.rubric = page.getByRole('complementary', { name: 'Rubric of the focused criterion' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab', { name: 'Vendors' }).click();
    await expect(this.page.getByRole('tablist', { name: 'Vendor evaluation' })).toBeVisible();
  }

  async panel(name: 'Results' | 'Scores' | 'Criteria' | 'Weights' | 'Vendors & evaluators'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Vendor evaluation' }).getByRole('tab', { name }).click();
  }

  async addVendor(name: string): Promise<void> {
    await this.tab.getByLabel('New vendor’s name').fill(name);
    await this.page.getByRole('button', { name: 'Add vendor' }).click();
  }

  async addEvaluator(name: string): Promise<void> {
    await this.tab.getByLabel('New evaluator’s name').fill(name);
    await this.page.getByRole('button', { name: 'Add evaluator' }).click();
  }

  /** On the "Vendors & evaluators" panel: adds the vendors, then the evaluators, in order. */
  async addParticipants(vendors: readonly string[], evaluators: readonly string[]): Promise<void> {
    await this.panel('Vendors & evaluators');
    for (const name of vendors) await this.addVendor(name);
    for (const name of evaluators) await this.addEvaluator(name);
  }

  async scoreAs(name: string): Promise<void> {
    await this.page.getByLabel('Score as').selectOption({ label: name });
  }

  cell(row: number, col: number): Locator {
    return this.scoreGrid.locator(`[data-score="${row}:${col}"]`);
  }

  /** The criteria names down the score grid, in the order of its rows. */
  rowNames(): Promise<string[]> {
    return this.scoreGrid
      .locator('tbody th[scope="row"]')
      .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent?.trim() ?? ''));
  }

  /** The ranking's vendor names, top to bottom (text content: rows out of view are not rendered). */
  async rankingNames(): Promise<string[]> {
    return (await this.ranking.locator('.ranking__name').allTextContents()).map((text) => text.trim());
  }

  rankingRow(vendor: string): Locator {
    return this.ranking.getByRole('listitem').filter({ hasText: vendor });
  }
}
