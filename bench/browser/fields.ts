import type { Locator, Page } from '@playwright/test';
import { ChecklistPage } from '../../tests/e2e/pages/ChecklistPage';
import { CostsPage } from '../../tests/e2e/pages/CostsPage';
import { VendorsPage } from '../../tests/e2e/pages/VendorsPage';
import { WorkspacePage } from '../../tests/e2e/pages/WorkspacePage';
import { largeProject } from '../largeProject';

/** A place the typing bench types into, with the large project open, and the keys a person would press there. */
export interface TypingField {
  name: string;
  /** Puts the keyboard in the field, the field scrolled to the middle of the window (Event Timing misreads a half-visible one). */
  focus(page: Page): Promise<void>;
  key(press: number): string;
  /** Whether its script per keystroke is measured: a synthetic key can type and move, but cannot press a button. */
  scripted: boolean;
}

const firstItem = largeProject().checklist.items[0]?.title ?? '';
const letter = (press: number) => String.fromCharCode(97 + (press % 26));

async function centred(field: Locator): Promise<void> {
  await field.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'center' }));
}

async function openChecklist(page: Page): Promise<ChecklistPage> {
  await new WorkspacePage(page).tab('Checklist').click();
  const checklist = new ChecklistPage(page);
  await checklist.statusButton(firstItem).waitFor();
  return checklist;
}

export const checklistNote: TypingField = {
  name: 'a checklist note',
  async focus(page) {
    const checklist = await openChecklist(page);
    const notes = checklist.item(firstItem).getByLabel('Notes');
    if (!(await notes.isVisible())) await checklist.toggleDetails(firstItem);
    await notes.focus();
    await centred(notes);
  },
  key: letter,
  scripted: true,
};

export const checklistStatus: TypingField = {
  name: 'a checklist status (Space)',
  async focus(page) {
    const button = (await openChecklist(page)).statusButton(firstItem);
    await button.focus();
    await centred(button);
  },
  key: () => 'Space',
  scripted: false,
};

export const costCell: TypingField = {
  name: 'a cost cell',
  async focus(page) {
    const costs = new CostsPage(page);
    await costs.open();
    await costs.cell(0, 0).click();
    await page.keyboard.press('F2');
    await centred(costs.cell(0, 0));
  },
  // Digits into the cell editor; every tenth press commits with Enter, and the next digit opens the cell below.
  key: (press) => (press % 10 === 9 ? 'Enter' : String(press % 10)),
  scripted: true,
};

export const scoreCell: TypingField = {
  name: 'a score cell',
  async focus(page) {
    const vendors = new VendorsPage(page);
    await vendors.open();
    await vendors.panel('Scores');
    await vendors.scoreAs('Evaluator 0');
    await vendors.cell(0, 0).click();
    await centred(vendors.cell(0, 0));
  },
  // A digit scores and the arrow moves on; each score restarts the rank probabilities in the worker.
  key: (press) => (press % 2 === 0 ? String(1 + ((press / 2) % 5)) : 'ArrowRight'),
  scripted: true,
};

/** The floor: the blank page's plain React textarea. */
export const plainTextarea: TypingField = {
  name: 'a plain React textarea',
  async focus(page) {
    const textarea = page.getByLabel('Notes');
    await textarea.focus();
    await centred(textarea);
  },
  key: letter,
  scripted: true,
};
