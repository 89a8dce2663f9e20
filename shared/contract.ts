import { z } from 'zod';
import type { LibrarySnapshot } from './model/library';
import { businessFunctionIds } from './model/businessFunctions';
import { ProjectNameSchema, ProjectSchema, type Project } from './model/project';
import type { Result } from './result';

/**
 * The IPC contract, the one source for the main process (`electron/ipc.ts`), the preload bridge and the
 * renderer (`renderer/api.ts`). One object argument per channel; channel names are `area:verb`.
 */

const FilePath = z.string().min(1, 'A file path is required.').max(4096);
const Revision = z.number().int().nonnegative();

export const requests = {
  'library:list': z.object({}),
  'project:create': z.object({ name: ProjectNameSchema, functionTemplate: z.enum(businessFunctionIds) }),
  'project:open': z.object({ path: FilePath }),
  'project:save': z.object({ path: FilePath, project: ProjectSchema, baseRevision: Revision }),
  'project:rename': z.object({ path: FilePath, name: ProjectNameSchema, baseRevision: Revision }),
  'project:close': z.object({ path: FilePath }),
} as const;

export type Channel = keyof typeof requests;
export type RequestOf<C extends Channel> = z.infer<(typeof requests)[C]>;

/** A project as the renderer holds it: the data, where it lives, and which save it reflects. */
export interface OpenedProject {
  path: string;
  project: Project;
  /** Increases with every write this app makes; a save names the revision it was based on. */
  revision: number;
}

export interface SaveReply {
  revision: number;
  savedAt: string;
}

export interface RenameReply extends SaveReply {
  /** Renaming also renames the file, so the path may change. */
  path: string;
  project: Project;
}

export interface Handlers {
  'library:list': (req: RequestOf<'library:list'>) => Promise<Result<LibrarySnapshot>>;
  'project:create': (req: RequestOf<'project:create'>) => Promise<Result<OpenedProject>>;
  'project:open': (req: RequestOf<'project:open'>) => Promise<Result<OpenedProject>>;
  'project:save': (req: RequestOf<'project:save'>) => Promise<Result<SaveReply>>;
  'project:rename': (req: RequestOf<'project:rename'>) => Promise<Result<RenameReply>>;
  'project:close': (req: RequestOf<'project:close'>) => Promise<Result<null>>;
}

export type ReplyOf<C extends Channel> = Awaited<ReturnType<Handlers[C]>>;

export const channels = Object.keys(requests) as Channel[];

/** Messages from the main process to the renderer, with their payloads. */
export interface Events {
  /** The OS handed the app a project file (double-click, "Open with", second launch). */
  'app:open-path': { path: string };
  /** The window is closing: flush pending saves, then close the window again. */
  'app:close-requested': Record<string, never>;
}

export type EventName = keyof Events;

export const eventNames = ['app:open-path', 'app:close-requested'] as const satisfies readonly EventName[];

/** What the preload script exposes as `window.workbench`; the e2e harness installs the same shape. */
export interface WorkbenchBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ReplyOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

// Compile-time proof that the channel list and the Handlers keys are the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameChannels: Same<Channel, keyof Handlers> = true;
const sameEvents: Same<(typeof eventNames)[number], EventName> = true;
void sameChannels;
void sameEvents;
