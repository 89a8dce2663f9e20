import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { BackupList, ImportedText, OpenedProject, ParsedRequestOf } from '../../shared/contract';
import { newId } from '../../shared/ids';
import { describeLockHolder } from '../../shared/model/lockHolder';
import type { ProjectSummary } from '../../shared/model/library';
import { projectNameMaxLength, type Project } from '../../shared/model/project';
import { countProject } from '../../shared/model/projectCounts';
import { projectFileExtension } from '../../shared/model/projectFile';
import { stripBidiControls } from '../../shared/cleanText';
import { evidenceTargetKind } from '../../shared/model/evidenceTarget';
import { isFullPath } from '../../shared/model/paths';
import { projectFileName } from '../../shared/model/projectFileName';
import { AppFailure } from '../../shared/result';
import type { Backups } from './backups';
import { writeFileDurable } from './durableWrite';
import { catchIo } from './ioErrors';
import { summarize, type LibraryIndex } from './libraryIndex';
import { isNetworkOrDevicePath, pathKey, requireProjectFile, type PathGrants } from './pathGrants';
import type { Clock, Dialogs, FileFilter, PdfPrinter, Shell } from './ports';
import type { ProjectFiles } from './projectFiles';
import { readProjectFile } from './projectFileAdapter';

const projectFilters: FileFilter[] = [
  { name: 'Outsourcing Readiness projects', extensions: [projectFileExtension.slice(1)] },
];
/** An import (costs, vendors, scores) is a small spreadsheet; anything bigger is the wrong file. */
const maxImportBytes = 10 * 1024 * 1024;
const cancelled = () => new AppFailure('cancelled', 'Cancelled.');
const exportFilters: Record<'csv' | 'markdown' | 'docx' | 'pdf', FileFilter> = {
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  markdown: { name: 'Markdown document', extensions: ['md'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

/** A suggested file name without characters any file system refuses. */
function safeBaseName(name: string): string {
  return projectFileName(name).slice(0, -projectFileExtension.length);
}

export interface ProjectOperationsDeps {
  files: ProjectFiles;
  library: LibraryIndex;
  backups: Backups;
  dialogs: Dialogs;
  shell: Shell;
  clock: Clock;
  documents: string;
  grants: PathGrants;
  pdf: PdfPrinter;
}

/** What a user does with project files besides editing them: open, save as, move, copy, import, export, trash, restore. */
export class ProjectOperations {
  constructor(private readonly deps: ProjectOperationsDeps) {}

  async chooseAndOpen(): Promise<OpenedProject> {
    const path = await this.deps.dialogs.chooseFileToOpen({ title: 'Open a project', filters: projectFilters });
    if (!path) throw cancelled();
    requireProjectFile(path);
    return this.deps.files.open(this.deps.grants.grant(path, 'dialog'));
  }

  /** A recent project whose file is gone: the user points at where it is now. */
  async locate({ path }: ParsedRequestOf<'project:locate'>): Promise<OpenedProject> {
    const found = await this.deps.dialogs.chooseFileToOpen({
      title: 'Where is this project now?',
      filters: projectFilters,
    });
    if (!found) throw cancelled();
    requireProjectFile(found);
    const opened = await this.deps.files.open(this.deps.grants.grant(found, 'dialog'));
    if (found !== path) await this.deps.library.forget(path);
    return opened;
  }

  async saveAs({ path, project, move }: ParsedRequestOf<'project:save-as'>): Promise<OpenedProject> {
    if (move && !this.deps.files.isEditing(path)) {
      throw new AppFailure('locked', 'Only a project open for editing in this window can be moved.');
    }
    const file = await this.chooseProjectPath(
      move ? 'Move the project to…' : 'Save the project as…',
      dirname(path),
      project.name,
    );
    if (await sameFile(file, path)) {
      throw new AppFailure('invalid-request', 'That is where the project already is. Choose another place.');
    }
    const now = this.deps.clock.now().toISOString();
    // A moved project stays the same project; Save As starts a new one from the current state. Either way it
    // keeps its name: the dialog proposes a file named after it, and a file name typed there names only the file.
    const stamped: Project = { ...project, updatedAt: now };
    const saved: Project = move ? stamped : { ...stamped, id: newId() };
    const opened = await this.deps.files.adopt(file, saved, {
      replacing: true,
      ...(move ? { previousPath: path } : {}),
    });
    const notice = move ? await this.deps.files.discard(path) : (await this.deps.files.close(path), null);
    return notice ? { ...opened, notices: [...(opened.notices ?? []), notice] } : opened;
  }

  /**
   * Asks where to save a project file. A name that would not work on every computer (too long, characters
   * Windows refuses, a device name) is cleaned, and the dialog asks again with the cleaned name, so the
   * user sees it before anything is saved; a second unclean answer is cleaned the same way.
   */
  private async chooseProjectPath(title: string, folder: string, projectName: string): Promise<string> {
    let defaultPath = join(folder, projectFileName(projectName, { folder }));
    for (let asked = 1; ; asked += 1) {
      const target = await this.deps.dialogs.chooseSavePath({ title, defaultPath, filters: projectFilters });
      if (!target) throw cancelled();
      const file = withExtension(target);
      const cleaned = join(
        dirname(file),
        projectFileName(basename(file).slice(0, -projectFileExtension.length), { folder: dirname(file) }),
      );
      if (cleaned === file || asked >= 2) return this.deps.grants.grant(cleaned, 'dialog');
      defaultPath = cleaned;
      title = `${title} (the name was changed to one every computer accepts)`;
    }
  }

  /** After a conflict: keep the other version in the file, and the user's edits in a new file beside it. */
  async saveCopy({ path, project }: ParsedRequestOf<'project:save-copy'>): Promise<OpenedProject> {
    if (!this.deps.files.isOpen(path)) throw new AppFailure('not-found', 'This project is not open any more.');
    const copy = this.copyOf(project, `${project.name} (my copy)`);
    await this.deps.files.close(path);
    return this.deps.files.createIn(dirname(path), copy);
  }

  async duplicate({ path }: ParsedRequestOf<'project:duplicate'>): Promise<ProjectSummary> {
    const original = await this.deps.files.current(path);
    const copy = this.copyOf(original, `${original.name} (copy)`);
    const target = this.deps.grants.grant(await this.deps.files.writeNewDetached(dirname(path), copy), 'app');
    await this.deps.library.record(target, copy);
    return summarize(target, copy, null);
  }

  /** Someone else has the project open: edit a copy of it in the projects folder instead. */
  async openCopy({ path }: ParsedRequestOf<'project:open-copy'>): Promise<OpenedProject> {
    const original = await this.deps.files.current(path);
    const copy = this.copyOf(original, `${original.name} (copy)`);
    await this.deps.files.close(path);
    return this.deps.files.createIn(this.deps.files.projectsFolder, copy);
  }

  /** Copies a project file from anywhere (an e-mail attachment, a USB stick) into the projects folder. */
  async importCopy(): Promise<OpenedProject> {
    const source = await this.deps.dialogs.chooseFileToOpen({
      title: 'Import a copy of a project',
      filters: projectFilters,
    });
    if (!source) throw cancelled();
    requireProjectFile(source);
    this.deps.grants.grant(source, 'dialog');
    if (isInside(this.deps.files.projectsFolder, source)) return this.deps.files.open(source);
    const { project } = await catchIo('read the project', source, () => readProjectFile(source));
    const imported = (await this.deps.library.hasId(project.id)) ? this.copyOf(project, project.name) : project;
    return this.deps.files.createIn(this.deps.files.projectsFolder, imported);
  }

  async exportCopy({ path }: ParsedRequestOf<'project:export'>): Promise<{ path: string }> {
    const project = await this.deps.files.current(path);
    const file = await this.chooseProjectPath('Export a copy of the project', this.deps.documents, project.name);
    if (await sameFile(file, path)) {
      throw new AppFailure('invalid-request', 'Choose another place for the copy than the project itself.');
    }
    await this.deps.files.writeDetached(file, project);
    return { path: file };
  }

  /**
   * Shows a file in the OS file manager: one the app handed out, or an evidence document on this computer.
   * A network or device path (`\\server\share`, `\\?\`, `\\.\`) is shown only if the user picked it in a
   * dialog: Windows would send the user's credentials to whatever server a path names.
   */
  async reveal({ path }: ParsedRequestOf<'file:reveal'>): Promise<null> {
    const granted = this.deps.grants.has(path) || (await this.deps.library.hasPath(path));
    const localEvidence = isFullPath(path) && evidenceTargetKind(path) === 'file';
    if (isNetworkOrDevicePath(path) ? !this.deps.grants.pickedInDialog(path) : !(granted || localEvidence)) {
      throw new AppFailure(
        'invalid-request',
        isNetworkOrDevicePath(path)
          ? 'This file is on a network share or device path, so the app does not open its folder (that could send your sign-in to another computer). Open the folder yourself.'
          : 'The app only shows files you chose or that are on this computer.',
      );
    }
    await this.deps.shell.revealInFolder(path);
    return null;
  }

  async exportText({ suggestedName, format, content }: ParsedRequestOf<'file:export-text'>): Promise<{ path: string }> {
    // CSV gets a byte-order mark so spreadsheet apps read it as UTF-8.
    return this.writeExport(suggestedName, format, format === 'csv' ? `\uFEFF${content}` : content);
  }

  async exportBinary({
    suggestedName,
    format,
    base64,
  }: ParsedRequestOf<'file:export-binary'>): Promise<{ path: string }> {
    return this.writeExport(suggestedName, format, Buffer.from(base64, 'base64'));
  }

  /** Where the user wants the PDF first, then the printing: nothing is printed for a cancelled dialog. */
  async exportPdf({ suggestedName, html }: ParsedRequestOf<'file:export-pdf'>): Promise<{ path: string }> {
    return this.writeExport(suggestedName, 'pdf', async () => {
      try {
        return await this.deps.pdf.printToPdf(html);
      } catch {
        throw new AppFailure(
          'io',
          'The briefing could not be printed to PDF. Try again, or export it as Word instead.',
        );
      }
    });
  }

  /** Asks where an export goes (the Documents folder first), then makes its content and writes it durably. */
  private async writeExport(
    suggestedName: string,
    format: keyof typeof exportFilters,
    content: string | Uint8Array | (() => Promise<Uint8Array>),
  ): Promise<{ path: string }> {
    const filter = exportFilters[format];
    const target = await this.deps.dialogs.chooseSavePath({
      title: 'Export',
      defaultPath: join(this.deps.documents, `${safeBaseName(suggestedName)}.${filter.extensions[0] ?? 'txt'}`),
      filters: [filter],
    });
    if (!target) throw cancelled();
    const bytes = typeof content === 'function' ? await content() : content;
    await catchIo('export the file', target, () => writeFileDurable(target, bytes));
    return { path: target };
  }

  async importText({ format }: ParsedRequestOf<'file:import-text'>): Promise<ImportedText> {
    const source = await this.deps.dialogs.chooseFileToOpen({ title: 'Import', filters: [exportFilters[format]] });
    if (!source) throw cancelled();
    const size = await catchIo('read the file', source, async () => (await stat(source)).size);
    if (size > maxImportBytes) {
      throw new AppFailure(
        'too-large',
        'This file is larger than 10 MB; an import file is never that big. Check you chose the right one.',
      );
    }
    const bytes = await catchIo('read the file', source, () => readFile(source));
    // Imported text is text the user brings in, like pasted text: no bidirectional controls reach the project.
    const content = stripBidiControls(new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, ''));
    if (content.includes('\u0000')) {
      throw new AppFailure(
        'invalid-file',
        'This file is not a text file, so it cannot be imported. Export it as CSV first.',
      );
    }
    return { path: source, content };
  }

  /** Moves the file to the OS trash, from where the user can still get it back. */
  async moveToTrash({ path }: ParsedRequestOf<'project:delete'>): Promise<null> {
    // The renderer names the file; only project files the library knows may go to the trash.
    // A lookup, not a listing: list() checks that every project's file still exists.
    const known = (await this.deps.library.idOf(path)) !== null;
    if (!known || !path.toLowerCase().endsWith(projectFileExtension)) {
      throw new AppFailure('invalid-request', 'Only projects in your list can be moved to the trash from here.');
    }
    const holder = await this.deps.files.openElsewhere(path);
    if (holder) {
      throw new AppFailure('locked', `${describeLockHolder(holder)} has this project open, so it stays where it is.`);
    }
    await this.deps.files.close(path);
    try {
      await this.deps.shell.moveToTrash(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new AppFailure(
          'io',
          `Couldn't move "${path}" to the trash. Check that the file is not open in another program.`,
        );
      }
    }
    const id = await this.deps.library.idOf(path);
    if (id) await this.deps.backups.markTrashed(id).catch(() => undefined);
    await this.deps.library.forget(path);
    return null;
  }

  async listBackups({ path }: ParsedRequestOf<'backup:list'>): Promise<BackupList> {
    await this.deps.files.settled(); // include the backup taken when the project was opened
    const current = await this.deps.files.current(path).catch(() => null);
    const id = await this.projectIdAt(path, current);
    return { backups: await this.deps.backups.list(id), current: current ? countProject(current) : null };
  }

  /** Puts a backup back in the file; what the file held before is kept as a backup (or as damaged bytes). */
  async restore({ path, backupId }: ParsedRequestOf<'backup:restore'>): Promise<OpenedProject> {
    const id = await this.projectIdAt(path);
    const backup = await this.deps.backups.read(id, backupId);
    // If the version about to be replaced cannot be kept, this throws and the file stays as it is.
    await this.deps.files.keepBeforeReplacing(path, id);
    const restored: Project = { ...backup, updatedAt: this.deps.clock.now().toISOString() };
    await this.deps.files.close(path);
    return this.deps.files.adopt(path, restored);
  }

  /** The project id behind a path: from the file when it reads (pass it if already read), else from the library. */
  private async projectIdAt(path: string, current?: Project | null): Promise<string> {
    const project = current === undefined ? await this.deps.files.current(path).catch(() => null) : current;
    const id = project?.id ?? (await this.deps.library.idOf(path));
    if (!id)
      throw new AppFailure('not-found', 'This file has no backups: it was never opened in this app on this computer.');
    return id;
  }

  private copyOf(project: Project, name: string): Project {
    const now = this.deps.clock.now().toISOString();
    return {
      ...project,
      id: newId(),
      name: name.slice(0, projectNameMaxLength).trim(),
      createdAt: now,
      updatedAt: now,
    };
  }
}

/**
 * Whether two paths name one file: the same text once resolved (without case where the file system
 * ignores it), or — when both exist — the same file on disk (links, other spellings).
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (pathKey(a) === pathKey(b)) return true;
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, dirname(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The save dialog lets users type a name without the extension; project files always carry it. */
function withExtension(path: string): string {
  return path.toLowerCase().endsWith(projectFileExtension) ? path : `${path}${projectFileExtension}`;
}
