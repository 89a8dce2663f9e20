import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The Briefing tab: settings, the strength list, exports and the live preview. */
export class BriefingPage {
  readonly preview: FrameLocator;
  readonly previewFrame: Locator;
  readonly strength: Locator;

  constructor(readonly page: Page) {
    this.previewFrame = page.locator('iframe.briefing__frame');
    this.preview = page.frameLocator('iframe.briefing__frame');
    this.strength = page.getByRole('region', { name: 'Strength of this briefing' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab', { name: 'Briefing' }).click();
    await expect(this.previewFrame).toBeVisible();
  }

  async audience(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async export(button: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
  }
}
