import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createProject } from '../../shared/model/project';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import { expect, test, type Desktop } from './fixtures';
import { HomePage } from './pages/HomePage';

async function readProject(path: string) {
  const parsed = parseProjectFile(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A project file made elsewhere (another computer, an e-mail attachment). */
async function writeProjectFile(folder: string, name: string): Promise<void> {
  const project = createProject({ name, functionTemplate: 'collections' });
  await writeFile(join(folder, `${name}.orw`), serializeProjectFile(project, { appVersion: 'x', savedAt: new Date() }));
}

async function start(desktop: Desktop) {
  const page = await desktop.launch();
  const home = new HomePage(page);
  await home.expectLoaded();
  return { page, home };
}

test('a damaged file shows a readable error, stays untouched, and a backup brings the work back', async ({
  desktop,
}) => {
  const { page, home } = await start(desktop);
  const workspace = await home.createProject('Helpdesk 2027', 'IT help desk');
  await workspace.backToProjects();
  await home.openProject('Helpdesk 2027'); // opening takes a backup
  await workspace.backToProjects();

  const file = join(desktop.projectsFolder, 'Helpdesk 2027.orw');
  const damaged = '{"type":"outsourcing-readiness-workbench/project","version":1,"project":{"name":';
  await writeFile(file, damaged);
  await home.projectCard('Helpdesk 2027').getByRole('button').first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'This project can’t be opened' })).toBeVisible();
  await expect(page.getByText(/not valid JSON/)).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(damaged);

  await page
    .getByRole('button', { name: /^Restore the backup from/ })
    .first()
    .click();
  await workspace.expectProject('Helpdesk 2027');
  await workspace.setCurrency('EUR');
  await workspace.expectSaved();
  expect((await readProject(file)).currency).toBe('EUR');
  const kept = await readdir(join(desktop.userData, 'backups', (await readProject(file)).id));
  expect(kept.some((name) => name.startsWith('damaged-'))).toBe(true);
});

test('a file changed by someone else is never overwritten silently: reload, save a copy, or overwrite', async ({
  desktop,
}) => {
  const { page, home } = await start(desktop);
  const workspace = await home.createProject('Shared project', 'Customer service');
  await workspace.setCurrency('GBP');
  await workspace.expectSaved();
  const file = join(desktop.projectsFolder, 'Shared project.orw');

  const changeOnDisk = async (currency: string) => {
    const theirs = { ...(await readProject(file)), currency };
    await writeFile(file, serializeProjectFile(theirs, { appVersion: 'other', savedAt: new Date() }));
  };
  const dialog = page.getByRole('alertdialog', { name: 'This project was changed somewhere else' });
  // An edit in Settings whose save meets their change. Settings stays open until the question comes (the save
  // starts while it is open, or after it closes, depending on the machine's speed); then the answer, then Escape.
  const editAndAnswer = async (currency: string, answer: RegExp) => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Currency').selectOption(currency);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: answer }).click();
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Project settings' })).toBeHidden();
  };

  // Reload theirs.
  await changeOnDisk('CAD');
  await editAndAnswer('EUR', /^Reload theirs/);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Currency')).toHaveValue('CAD');
  await page.getByRole('button', { name: 'Done' }).click();

  // Overwrite with mine.
  await changeOnDisk('AUD');
  await editAndAnswer('JPY', /^Overwrite with mine/);
  await workspace.expectSaved();
  expect((await readProject(file)).currency).toBe('JPY');

  // Save mine as a copy.
  await changeOnDisk('NZD');
  await editAndAnswer('CHF', /^Save mine as a copy/);
  await workspace.expectProject('Shared project (my copy)');
  expect((await readProject(file)).currency).toBe('NZD');
  expect((await readProject(join(desktop.projectsFolder, 'Shared project (my copy).orw'))).currency).toBe('CHF');
});

test('a project open in another copy of the app opens read-only, and "Open a copy" continues in a copy', async ({
  desktop,
}) => {
  const first = await start(desktop);
  await first.home.createProject('Busy project', 'Finance & accounting');

  const second = await start(desktop);
  const workspace = await second.home.openProject('Busy project');
  const banner = second.page.getByRole('note', { name: 'Read-only' });
  await expect(banner).toContainText('Another copy of the app on this computer');
  await expect(second.page.getByRole('button', { name: 'Rename project' })).toHaveCount(0);

  await banner.getByRole('button', { name: 'Open a copy' }).click();
  await workspace.expectProject('Busy project (copy)');
  await expect(banner).toBeHidden();
  await workspace.setCurrency('SEK');
  await workspace.expectSaved();
  expect((await readProject(join(desktop.projectsFolder, 'Busy project (copy).orw'))).currency).toBe('SEK');

  // Once the first copy quits, the project is free again.
  await desktop.quit(first.page);
  await workspace.backToProjects();
  await second.home.openProject('Busy project');
  await expect(banner).toBeHidden();
});

test('a recent project whose file moved says so and can be located or removed from the list', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  for (const name of ['Moved project', 'Gone project']) {
    const workspace = await home.createProject(name, 'Travel management');
    await workspace.backToProjects();
  }
  const usb = join(desktop.root, 'USB');
  await mkdir(usb);
  await rename(join(desktop.projectsFolder, 'Moved project.orw'), join(usb, 'Moved project.orw'));
  await rm(join(desktop.projectsFolder, 'Gone project.orw'));
  await desktop.quit(page);

  const again = await start(desktop);
  await expect(again.home.projectCard('Moved project')).toContainText('File not found');
  desktop.dialogAnswers.open.push(join(usb, 'Moved project.orw'));
  await again.home.projectCard('Moved project').getByRole('button', { name: 'Locate…' }).click();
  const workspace = new HomePage(again.page);
  await expect(again.page.getByRole('heading', { level: 1 })).toHaveText('Moved project');
  await again.page.getByRole('button', { name: 'All projects' }).click();
  await expect(workspace.projectCard('Moved project')).not.toContainText('File not found');

  await again.home
    .projectCard('Gone project')
    .getByRole('button', { name: /Remove .* from the list/ })
    .click();
  await expect(again.home.projectCard('Gone project')).toHaveCount(0);
});

test('open by dialog, by dropping a file on the window, and import a copy into the projects folder', async ({
  desktop,
}) => {
  const { page } = await start(desktop);
  await mkdir(desktop.dropFolder, { recursive: true });
  await writeProjectFile(desktop.dropFolder, 'From the dialog');
  await writeProjectFile(desktop.dropFolder, 'Dropped');
  await writeProjectFile(desktop.dropFolder, 'Imported');

  desktop.dialogAnswers.open.push(join(desktop.dropFolder, 'From the dialog.orw'));
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From the dialog');
  await page.getByRole('button', { name: 'All projects' }).click();

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'Dropped.orw'));
    document
      .querySelector('.shell')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped');
  await page.getByRole('button', { name: 'All projects' }).click();

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'notes.txt'));
    document
      .querySelector('.shell')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('Only project files (.orw)');

  desktop.dialogAnswers.open.push(join(desktop.dropFolder, 'Imported.orw'));
  await page.getByRole('button', { name: 'Import a copy…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imported');
  expect(await exists(join(desktop.projectsFolder, 'Imported.orw'))).toBe(true);
  expect(await exists(join(desktop.dropFolder, 'Imported.orw'))).toBe(true);
});

test('move to a USB stick, save as, duplicate, export, show in folder and move to trash', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  const workspace = await home.createProject('Client A', 'HR administration');
  const usb = join(desktop.root, 'USB');
  await mkdir(usb);

  desktop.dialogAnswers.save.push(join(usb, 'Client A.orw'));
  await workspace.chooseFileAction('Move to…');
  await expect.poll(() => workspace.path()).toBe(join(usb, 'Client A.orw'));
  expect(await exists(join(desktop.projectsFolder, 'Client A.orw'))).toBe(false);

  // A file name typed in Save As names the file; the project keeps its name.
  desktop.dialogAnswers.save.push(join(usb, 'Client A 2028'));
  await workspace.chooseFileAction('Save as…');
  await expect.poll(() => workspace.path()).toBe(join(usb, 'Client A 2028.orw'));
  await workspace.expectProject('Client A');
  expect(await exists(join(usb, 'Client A.orw'))).toBe(true);

  await workspace.chooseFileAction('Show in folder');
  expect(desktop.revealed).toEqual([join(usb, 'Client A 2028.orw')]);

  const exported = join(desktop.root, 'mail-attachment.orw');
  desktop.dialogAnswers.save.push(exported);
  await workspace.chooseFileAction('Export a copy…');
  await expect(page.getByRole('status').filter({ hasText: 'Exported a copy' })).toBeVisible();
  expect((await readProject(exported)).name).toBe('Client A');

  await workspace.backToProjects();
  await expect(home.projectCard('Client A')).toHaveCount(2);
  await expect(home.projectCard('Client A', 'Client A 2028.orw')).toBeVisible();
  await home.chooseCardAction('Client A', 'Duplicate', 'Client A.orw');
  await expect(home.projectCard('Client A (copy)')).toBeVisible();
  expect(await exists(join(usb, 'Client A (copy).orw'))).toBe(true);

  await home.chooseCardAction('Client A (copy)', 'Move to trash…');
  const confirm = page.getByRole('alertdialog', { name: 'Move “Client A (copy)” to the trash?' });
  await confirm.getByRole('button', { name: 'Move to trash' }).click();
  await expect(home.projectCard('Client A (copy)')).toHaveCount(0);
  expect(await readdir(desktop.trash)).toEqual(['Client A (copy).orw']);
});

/** A new project moved to a "USB stick" folder, which the test can unplug (rename away) and plug back in. */
async function projectOnUsb(desktop: Desktop, home: HomePage, name: string) {
  const usb = join(desktop.root, 'USB');
  await mkdir(usb);
  const workspace = await home.createProject(name, 'Customer service');
  desktop.dialogAnswers.save.push(join(usb, `${name}.orw`));
  await workspace.chooseFileAction('Move to…');
  await expect.poll(() => workspace.path()).toBe(join(usb, `${name}.orw`));
  const unplugged = join(desktop.root, 'USB (unplugged)');
  return {
    workspace,
    path: join(usb, `${name}.orw`),
    unplug: () => rename(usb, unplugged),
    plugBackIn: () => rename(unplugged, usb),
  };
}

test('a failed save keeps the edits, says why, and succeeds on retry once the folder is back', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  const { workspace, path, unplug, plugBackIn } = await projectOnUsb(desktop, home, 'Unplugged');

  await unplug(); // the stick is pulled out
  await workspace.setCurrency('EUR');
  await expect(workspace.saveStatus).toContainText('Couldn’t save');
  await expect(workspace.saveStatus.getByText('Couldn’t save')).toHaveAttribute('title', /is not available/);

  await plugBackIn();
  await page.getByRole('button', { name: 'Retry' }).click();
  await workspace.expectSaved();
  expect((await readProject(path)).currency).toBe('EUR');
});

test('closing the window saves pending edits first, and asks only when they cannot be saved', async ({ desktop }) => {
  const { page, home } = await start(desktop);
  await desktop.emit(page, 'app:close-requested', {});
  await expect.poll(() => desktop.windowCloses(page)).toBe(1); // nothing to save: it closes at once

  const { workspace, path, unplug, plugBackIn } = await projectOnUsb(desktop, home, 'Closing');
  await unplug();
  await workspace.setCurrency('NOK');
  await desktop.emit(page, 'app:close-requested', {});
  const question = page.getByRole('alertdialog', { name: 'Your latest changes are not saved' });
  await question.getByRole('button', { name: 'Keep the window open' }).click();
  expect(desktop.windowCloses(page)).toBe(1);

  await plugBackIn();
  await desktop.emit(page, 'app:close-requested', {});
  await expect.poll(() => desktop.windowCloses(page)).toBe(2);
  expect((await readProject(path)).currency).toBe('NOK');

  await unplug();
  await workspace.setCurrency('SEK');
  await desktop.emit(page, 'app:close-requested', {});
  await question.getByRole('button', { name: 'Close without saving' }).click();
  await expect.poll(() => desktop.windowCloses(page)).toBe(3);
});

test('a project file copied into the projects folder is listed when the window comes back into focus', async ({
  desktop,
}) => {
  const { page, home } = await start(desktop);
  const workspace = await home.createProject('Already here', 'Customer service');
  await workspace.backToProjects();

  // The user switches to Explorer or Finder, copies a colleague's file into the folder, and comes back.
  await writeProjectFile(desktop.projectsFolder, 'From a colleague');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(home.projectCard('From a colleague')).toBeVisible();
  await home.openProject('From a colleague');

  // A file taken away meanwhile is marked missing, in the list and in Recent.
  await workspace.backToProjects();
  await rename(join(desktop.projectsFolder, 'Already here.orw'), join(desktop.root, 'Already here.orw'));
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(home.projectCard('Already here')).toContainText('File not found');
});
