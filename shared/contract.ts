import { z } from 'zod';
import { pageCommandIds, recentMenuSize, themeChoices, type PageCommandId, type ThemeChoice } from './commands';
import type { LibrarySnapshot, ProjectSummary } from './model/library';
import type { LockHolder } from './model/lockHolder';
import type { ProjectCounts } from './model/projectCounts';
import { businessFunctionIds } from './model/businessFunctions';
import { ProjectNameSchema, ProjectSchema, type Project } from './model/project';
import { fullPathPattern } from './model/paths';
import { ProjectChangesSchema } from './model/projectChanges';
import type { Result } from './result';

/**
 * The IPC contract, the one source for the main process (`electron/ipc.ts`), the preload bridge and the
 * renderer (`renderer/api.ts`). One object argument per channel; channel names are `area:verb`. Requests are
 * strict objects: a field the contract does not name is refused, not silently dropped, so a renderer that
 * sends something unexpected is noticed at once.
 */

/** Full paths only (`/…`, `C:\…`, `\\server\…`): a relative path would depend on the main process's folder. */
const FilePath = z
  .string()
  .min(1, 'A file path is required.')
  .max(4096)
  .regex(fullPathPattern, 'A full file path is required.');
const Revision = z.number().int().nonnegative();

const OpenFile = z.strictObject({ path: FilePath });
/** Backup ids are file names made by the backup service; anything else (paths, `..`) is refused here. */
const BackupId = z.string().regex(/^[0-9TZ-]+\.orw$/, 'Unknown backup.');

const Empty = z.strictObject({});

export { recentMenuSize } from './commands';

/** What the page tells the main process about itself: which commands apply, the theme, the recent list, the title. */
export const MenuStateSchema = z.strictObject({
  applicable: z.array(z.enum(pageCommandIds)).max(pageCommandIds.length),
  theme: z.enum(themeChoices),
  recent: z.array(z.strictObject({ name: z.string().min(1).max(200), path: FilePath })).max(recentMenuSize),
  /** The open project, for the window title, the edited marker and the represented file; null on the home. */
  document: z.strictObject({ name: z.string().min(1).max(200), path: FilePath, edited: z.boolean() }).nullable(),
});
export type MenuState = z.infer<typeof MenuStateSchema>;

export interface Preferences {
  theme: ThemeChoice;
}

export const requests = {
  'library:list': Empty,
  'library:forget': OpenFile,
  'project:create': z.strictObject({ name: ProjectNameSchema, functionTemplate: z.enum(businessFunctionIds) }),
  'project:create-sample': z.strictObject({}),
  'project:open': OpenFile,
  'project:choose-and-open': Empty,
  'project:locate': OpenFile,
  'project:save': z.strictObject({
    path: FilePath,
    /** The small fields always; large sections only when they changed since `baseRevision`. */
    project: ProjectChangesSchema,
    baseRevision: Revision,
    /** Set only after the user chose "Overwrite" in the conflict dialog. */
    overwrite: z.boolean().default(false),
  }),
  'project:save-as': z.strictObject({ path: FilePath, project: ProjectSchema, move: z.boolean() }),
  'project:save-copy': z.strictObject({ path: FilePath, project: ProjectSchema }),
  'project:rename': z.strictObject({ path: FilePath, name: ProjectNameSchema, baseRevision: Revision }),
  'project:duplicate': OpenFile,
  'project:open-copy': OpenFile,
  'project:import': Empty,
  'project:export': OpenFile,
  'file:reveal': OpenFile,
  'file:export-text': z.strictObject({
    suggestedName: z.string().min(1).max(200),
    format: z.enum(['csv', 'markdown']),
    content: z.string().max(50 * 1024 * 1024),
  }),
  'file:export-binary': z.strictObject({
    suggestedName: z.string().min(1).max(200),
    format: z.enum(['docx']),
    /** The file's bytes in base64: a string crosses every transport (IPC, the test harness) unchanged. */
    base64: z
      .string()
      .max(70 * 1024 * 1024)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.'),
  }),
  'file:export-pdf': z.strictObject({
    suggestedName: z.string().min(1).max(200),
    /** A self-contained document (no scripts, no remote resources); main prints it in a script-less window. */
    html: z.string().max(20 * 1024 * 1024),
  }),
  'file:import-text': z.strictObject({ format: z.enum(['csv']) }),
  'project:delete': OpenFile,
  'project:close': OpenFile,
  'backup:list': OpenFile,
  'backup:restore': z.strictObject({ path: FilePath, backupId: BackupId }),
  'preferences:get': Empty,
  'preferences:set': z.strictObject({ theme: z.enum(themeChoices) }),
  /** Answered by the Electron shell, not the services: it rebuilds the menu and retitles the window. */
  'app:menu-state': MenuStateSchema,
  /** The page has saved (or the user chose to close without saving): the window may close now. */
  'app:close-window': Empty,
} as const;

export type Channel = keyof typeof requests;
/** What a caller sends (defaults may be left out). */
export type RequestOf<C extends Channel> = z.input<(typeof requests)[C]>;
/** What a handler receives, after validation filled in the defaults. */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof requests)[C]>;

/** A project as the renderer holds it: the data, where it lives, and which save it reflects. */
export interface OpenedProject {
  path: string;
  project: Project;
  /** Increases with every write this app makes; a save names the revision it was based on. */
  revision: number;
  /** Set when someone else has the file open: the project is shown read-only. */
  lockedBy: LockHolder | null;
  /** Why the project cannot be edited here (someone has it open, no lock could be made, fields this version does not know); null when it can. */
  readOnly?: string | null;
  /** What the user should know about the file now, in sentences: repairs made when reading it, an old copy left behind. */
  notices?: string[];
}

export interface BackupEntry {
  /** The backup's file name, used to restore it. */
  id: string;
  savedAt: string;
  name: string;
  counts: ProjectCounts;
}

export interface BackupList {
  backups: BackupEntry[];
  /** What the file holds now, to compare with; null when it cannot be read. */
  current: ProjectCounts | null;
}

export interface ImportedText {
  path: string;
  /** The file's text, decoded as UTF-8 without a byte-order mark. */
  content: string;
}

export interface SaveReply {
  revision: number;
  savedAt: string;
  /** Saved, but something around it failed (the periodic backup, removing the old file after a rename). */
  warning?: string | null;
}

export interface RenameReply extends SaveReply {
  /** Renaming also renames the file, so the path may change. */
  path: string;
  project: Project;
}

type Handler<C extends Channel, T> = (req: ParsedRequestOf<C>) => Promise<Result<T>>;

export interface Handlers {
  'library:list': Handler<'library:list', LibrarySnapshot>;
  'library:forget': Handler<'library:forget', null>;
  'project:create': Handler<'project:create', OpenedProject>;
  /** A new file holding the sample engagement (a customer-service hand-over, every screen filled in). */
  'project:create-sample': Handler<'project:create-sample', OpenedProject>;
  'project:open': Handler<'project:open', OpenedProject>;
  /** Shows the open dialog; `cancelled` when the user closes it. */
  'project:choose-and-open': Handler<'project:choose-and-open', OpenedProject>;
  /** A recent project whose file moved: choose where it is now. */
  'project:locate': Handler<'project:locate', OpenedProject>;
  'project:save': Handler<'project:save', SaveReply>;
  /** Save As (`move: false`: continue in a new file) or Move (`move: true`: the old file goes). */
  'project:save-as': Handler<'project:save-as', OpenedProject>;
  /** "Save mine as a copy" after a conflict: the edits go to a new file beside the original. */
  'project:save-copy': Handler<'project:save-copy', OpenedProject>;
  'project:rename': Handler<'project:rename', RenameReply>;
  'project:duplicate': Handler<'project:duplicate', ProjectSummary>;
  /** For a project someone else has open: a copy of it, opened for editing. */
  'project:open-copy': Handler<'project:open-copy', OpenedProject>;
  'project:import': Handler<'project:import', OpenedProject>;
  'project:export': Handler<'project:export', { path: string }>;
  /** Shows a file (a project, an evidence document) in the OS file manager. */
  'file:reveal': Handler<'file:reveal', null>;
  /** Asks where to save, then writes an export (CSV, Markdown); `cancelled` when the user closes the dialog. */
  'file:export-text': Handler<'file:export-text', { path: string }>;
  /** Asks where to save, then writes a document the renderer built (Word); `cancelled` on Cancel. */
  'file:export-binary': Handler<'file:export-binary', { path: string }>;
  /** Asks where to save, prints the HTML to PDF through the print engine and writes it; `cancelled` on Cancel. */
  'file:export-pdf': Handler<'file:export-pdf', { path: string }>;
  /** Asks which file to import (a CSV of costs, vendors or scores) and returns its text; `cancelled` on Cancel. */
  'file:import-text': Handler<'file:import-text', ImportedText>;
  /** Moves the file to the OS trash. */
  'project:delete': Handler<'project:delete', null>;
  'project:close': Handler<'project:close', null>;
  'backup:list': Handler<'backup:list', BackupList>;
  'backup:restore': Handler<'backup:restore', OpenedProject>;
  /** The user's settings kept in the library index (the theme). */
  'preferences:get': Handler<'preferences:get', Preferences>;
  'preferences:set': Handler<'preferences:set', Preferences>;
  'app:menu-state': Handler<'app:menu-state', null>;
  'app:close-window': Handler<'app:close-window', null>;
}

/** Channels the Electron shell answers itself (menus, the window); the services answer all the others. */
export const shellChannels = ['app:menu-state', 'app:close-window'] as const satisfies readonly Channel[];
export type ShellChannel = (typeof shellChannels)[number];
export type ServiceHandlers = Omit<Handlers, ShellChannel>;

export type { LockHolder } from './model/lockHolder';

export type ReplyOf<C extends Channel> = Awaited<ReturnType<Handlers[C]>>;

export const channels = Object.keys(requests) as Channel[];

/** Messages from the main process to the renderer, with their payloads. */
export interface Events {
  /** The OS handed the app a project file (double-click, "Open with", second launch). */
  'app:open-path': { path: string };
  /** The window is closing: flush pending saves, then answer with `app:close-window` (or ask the user when a save failed). */
  'app:close-requested': Record<string, never>;
  /** A command chosen in the application menu that the page carries out. */
  'app:menu-command': MenuCommand;
}

/** A page command from the menu; Open Recent names the project chosen. */
export type MenuCommand =
  { command: Exclude<PageCommandId, 'file:open-recent'> } | { command: 'file:open-recent'; path: string };

export type EventName = keyof Events;

export const eventNames = [
  'app:open-path',
  'app:close-requested',
  'app:menu-command',
] as const satisfies readonly EventName[];

/**
 * Sent by the preload script alone (never exposed to the page) with the path of a file the user dropped onto
 * the window, so the main process accepts that path like one chosen in its own dialogs.
 */
export const droppedFileChannel = 'file:dropped';

/** What the preload script exposes as `window.workbench`; the e2e harness installs the same shape. */
export interface WorkbenchBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ReplyOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** The path of a file dropped onto the window (Electron's `webUtils.getPathForFile`). */
  pathForFile(file: { readonly name: string }): string;
}

// Compile-time proof that the channel list and the Handlers keys are the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameChannels: Same<Channel, keyof Handlers> = true;
const sameEvents: Same<(typeof eventNames)[number], EventName> = true;
void sameChannels;
void sameEvents;
