import { mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { registerHandlers } from '../electron/ipc';
import { createServices } from '../electron/services';
import type { Channel } from '../shared/contract';
import { projectChanges } from '../shared/model/projectChanges';
import { serializeProjectFile } from '../shared/model/projectFile';
import { ok, type Result } from '../shared/result';
import { testMachine, testPorts } from '../tests/electron/support/testPorts';
import { largeProject } from './largeProject';
import { percentile, round, sampleInterleaved } from './stats';

/** The least any save can do: write the bytes to a temp file, fsync, rename over the target, fsync the folder. */
async function bareSave(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.bare.tmp`;
  const file = await open(temp, 'w');
  await file.writeFile(bytes);
  await file.sync();
  await file.close();
  await rename(temp, path);
  const folder = await open(dirname(path), 'r');
  await folder.sync();
  await folder.close();
}

const stats = (s: number[]) => ({ p50: round(percentile(s, 50)), p95: round(percentile(s, 95)) });
type Stats = ReturnType<typeof stats>;

export interface PersistenceResult {
  fileBytes: number;
  /** `project:open` in the services (read, parse, validate, lock). */
  open: Stats;
  /** `project:save` in the services (checks, serialize, durable write, backup cadence, library). */
  save: Stats;
  /** The same save as the renderer sees it, with the IPC request validated by zod first. */
  saveThroughIpc: Stats;
  bareOpen: Stats;
  bareSave: Stats;
  openRatio: number;
  saveRatio: number;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Open and save of the large project against the bare minimum on the same bytes, in the same run. */
export async function benchPersistence(runs = 40): Promise<PersistenceResult> {
  const root = await mkdtemp(join(tmpdir(), 'orw-bench-'));
  try {
    const { handlers, dispose } = createServices(testPorts(testMachine(root)));
    const routes = new Map<Channel, (request: unknown) => Promise<Result<unknown>>>();
    // The shell's own channels (menus, the window) are not part of what is measured.
    const shell = { 'app:menu-state': async () => ok(null), 'app:close-window': async () => ok(null) };
    registerHandlers((channel, handle) => routes.set(channel, handle), { ...handlers, ...shell });

    const created = unwrap(await handlers['project:create']({ name: 'Large', functionTemplate: 'customer-service' }));
    const project = { ...largeProject(), id: created.project.id };
    const path = created.path;
    let revision = unwrap(
      await handlers['project:save']({ path, project, baseRevision: created.revision, overwrite: false }),
    ).revision;
    // What an autosave sends after one edit: the small fields and the one section that changed, copied
    // as IPC would copy it (a structured clone has none of the sender's object identities).
    const warmup = 3;
    const edits = Array.from({ length: runs + warmup }, (_, k) =>
      structuredClone(
        projectChanges(project, { ...project, briefing: { ...project.briefing, preparedBy: `run ${k}` } }),
      ),
    );
    const edit = (i: number) => edits[i + warmup] ?? project;

    // Encoded once, outside the timings: the bare minimum writes bytes, it does not produce them.
    const bytes = Buffer.from(serializeProjectFile(project, { appVersion: 'bench', savedAt: new Date() }));
    const barePath = join(root, 'bare.orw');
    await bareSave(barePath, bytes);

    const [save = [], saveThroughIpc = [], bareSaves = []] = await sampleInterleaved(runs, [
      {
        run: async (i) => {
          revision = unwrap(
            await handlers['project:save']({ path, project: edit(i), baseRevision: revision, overwrite: false }),
          ).revision;
        },
      },
      {
        run: async (i) => {
          const result = (await routes.get('project:save')?.({
            path,
            project: edit(i),
            baseRevision: revision,
          })) as Result<{ revision: number }>;
          revision = unwrap(result).revision;
        },
      },
      { run: () => bareSave(barePath, bytes) },
    ]);
    // Read as bytes and decoded in one go, as the services read a project: the faster of the two ways to read text.
    const [opens = [], bareOpens = []] = await sampleInterleaved(runs, [
      {
        run: async () => {
          revision = unwrap(await handlers['project:open']({ path })).revision;
        },
        before: () => handlers['project:close']({ path }),
      },
      { run: async () => JSON.parse((await readFile(barePath)).toString('utf8')) },
    ]);
    await dispose();

    return {
      fileBytes: bytes.byteLength,
      open: stats(opens),
      save: stats(save),
      saveThroughIpc: stats(saveThroughIpc),
      bareOpen: stats(bareOpens),
      bareSave: stats(bareSaves),
      openRatio: round(percentile(opens, 50) / percentile(bareOpens, 50)),
      saveRatio: round(percentile(save, 50) / percentile(bareSaves, 50)),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
