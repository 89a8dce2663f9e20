import { projectFileExtension } from '../shared/model/projectFile';

/** Whether a file the OS handed over (dock drop, "Open with", a jump-list task) is a project file. */
export function isProjectFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(projectFileExtension);
}

/**
 * Project files the OS hands the app — on the command line, from a second launch, through macOS `open-file`
 * (which can arrive before the app is ready) — held until the page has loaded and can open them. Only the
 * last one waits: the page opens one project at a time.
 */
export class OsFileInbox {
  private held: string | null;
  private pageReady = false;

  constructor(fromCommandLine: string | null) {
    this.held = fromCommandLine;
  }

  /** The file waiting for the page, if any. */
  get waiting(): string | null {
    return this.held;
  }

  /** A file arrived: returns it when the page can open it now, or null when it is held for later. */
  receive(path: string): string | null {
    if (this.pageReady) return path;
    this.held = path;
    return null;
  }

  /** The page (re)loaded: returns the file held for it, once. */
  pageLoaded(): string | null {
    this.pageReady = true;
    const path = this.held;
    this.held = null;
    return path;
  }

  /** The page is gone (reloading, crashed): files wait again. */
  pageGone(): void {
    this.pageReady = false;
  }
}
