/**
 * What services need from the desktop that plain Node cannot do. `electron/platform.ts` implements these
 * with Electron; tests implement them with temp folders and Chromium.
 */

export interface Paths {
  /** Per-user app data: the library index, backups. */
  userData: string;
  /** The user's Documents folder; new projects go in a folder inside it. */
  documents: string;
}

export interface Clock {
  now(): Date;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** Resolves to the chosen path, or null when the user cancels. */
  chooseFileToOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseSavePath(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface Shell {
  revealInFolder(path: string): Promise<void>;
  moveToTrash(path: string): Promise<void>;
}

export interface PdfPrinter {
  /** Prints self-contained HTML (no scripts, no remote resources) to PDF bytes. */
  printToPdf(html: string): Promise<Uint8Array>;
}

export interface Ports {
  paths: Paths;
  clock: Clock;
  dialogs: Dialogs;
  shell: Shell;
  pdf: PdfPrinter;
  /** Written into every project file's envelope. */
  appVersion: string;
}
