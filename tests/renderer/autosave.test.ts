import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../shared/model/project';
import { fail, ok } from '../../shared/result';
import { openedProject, storeWithOpenProject } from './fakeApi';

const named =
  (name: string) =>
  (project: Project): Project => ({ ...project, name });

const openStore = () => storeWithOpenProject(600);

describe('autosave of the open project', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 600 ms after the last of several quick edits, and reports Saved', async () => {
    const { api, store } = await openStore();
    store.getState().editProject(named('A'));
    await vi.advanceTimersByTimeAsync(300);
    store.getState().editProject(named('AB'));
    expect(store.getState().save.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(599);
    expect(api.saveProject).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(api.saveProject).toHaveBeenCalledTimes(1);
    expect(api.saveProject.mock.calls[0]?.[0].project.name).toBe('AB');
    expect(store.getState().save.status).toBe('saved');
  });

  it('sends the revision the last save returned, so the main process can detect conflicts', async () => {
    const { api, store } = await openStore();
    store.getState().editProject(named('One'));
    await store.getState().flushSave();
    store.getState().editProject(named('Two'));
    await store.getState().flushSave();
    const [first, second] = api.saveProject.mock.calls.map((call) => call[0].baseRevision);
    expect(first).toBe(1);
    expect(second).toBe(2);
    expect(store.getState().current?.revision).toBe(3);
  });

  it('saves edits made while a save is in flight right after it', async () => {
    const { api, store } = await openStore();
    const slowSave = Promise.withResolvers<Awaited<ReturnType<typeof api.saveProject>>>();
    api.saveProject.mockImplementationOnce(() => slowSave.promise);
    store.getState().editProject(named('First'));
    const flushing = store.getState().flushSave();
    store.getState().editProject(named('Second'));
    slowSave.resolve(ok({ revision: 2, savedAt: '2026-11-01T10:00:00Z' }));
    expect(await flushing).toBe(true);
    expect(api.saveProject).toHaveBeenCalledTimes(2);
    expect(api.saveProject.mock.calls[1]?.[0].project.name).toBe('Second');
    expect(store.getState().save.status).toBe('saved');
  });

  it('keeps the edits after a failed save, says why, and saves them on retry', async () => {
    const { api, store } = await openStore();
    api.saveProject.mockResolvedValueOnce(fail('io', 'Couldn’t save the project: the disk is full.'));
    store.getState().editProject(named('Unsaved'));
    expect(await store.getState().flushSave()).toBe(false);
    expect(store.getState().save).toMatchObject({
      status: 'error',
      error: { message: 'Couldn’t save the project: the disk is full.' },
    });
    expect(store.getState().current?.project.name).toBe('Unsaved');

    expect(await store.getState().flushSave()).toBe(true);
    expect(api.saveProject.mock.calls[1]?.[0].project.name).toBe('Unsaved');
    expect(store.getState().save.status).toBe('saved');
  });

  it('does not close a project whose edits could not be saved', async () => {
    const { api, store } = await openStore();
    api.saveProject.mockResolvedValue(fail('io', 'Disk full.'));
    store.getState().editProject(named('Precious'));
    expect(await store.getState().closeProject()).toBe(false);
    expect(store.getState().current?.project.name).toBe('Precious');
    expect(store.getState().notice?.message).toMatch(/not saved/);
    expect(api.closeProject).not.toHaveBeenCalled();
  });

  it('saves pending edits before renaming, then takes the new path from the reply', async () => {
    const { api, store } = await openStore();
    store.getState().editProject((p) => ({ ...p, currency: 'EUR' }));
    const result = await store.getState().renameProject('Acme care');
    expect(result.ok).toBe(true);
    expect(api.saveProject).toHaveBeenCalledTimes(1);
    expect(api.saveProject.mock.invocationCallOrder[0]).toBeLessThan(
      api.renameProject.mock.invocationCallOrder[0] ?? 0,
    );
    expect(store.getState().current?.path).toBe('/projects/Acme care.orw');
    expect(store.getState().save.status).toBe('saved');
  });

  it('sends only the sections that changed since the last save, and everything when overwriting', async () => {
    const { api, store } = await openStore();
    store.getState().editProject((p) => ({ ...p, currency: 'EUR' }));
    await store.getState().flushSave();
    const first = api.saveProject.mock.calls[0]?.[0].project;
    expect(first?.currency).toBe('EUR');
    expect(first?.checklist).toBeUndefined();

    store.getState().editProject((p) => ({ ...p, briefing: { ...p.briefing, preparedBy: 'Sam' } }));
    await store.getState().flushSave();
    const second = api.saveProject.mock.calls[1]?.[0].project;
    expect(second?.briefing?.preparedBy).toBe('Sam');
    expect(second?.checklist).toBeUndefined();

    api.saveProject.mockResolvedValueOnce(fail('conflict', 'Changed elsewhere.'));
    store.getState().editProject((p) => ({ ...p, currency: 'GBP' }));
    await store.getState().flushSave();
    await store.getState().resolveConflict('overwrite');
    const overwrite = api.saveProject.mock.calls.at(-1)?.[0];
    expect(overwrite?.overwrite).toBe(true);
    expect(overwrite?.project.checklist).toBeDefined();
  });

  it('keeps edits made while a rename runs, and saves them to the renamed file', async () => {
    const { api, store } = await openStore();
    const renaming = Promise.withResolvers<Awaited<ReturnType<typeof api.renameProject>>>();
    api.renameProject.mockImplementationOnce(() => renaming.promise);
    const rename = store.getState().renameProject('Acme care');
    await vi.waitFor(() => expect(api.renameProject).toHaveBeenCalled());
    store.getState().editProject((p) => ({ ...p, currency: 'CHF' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.saveProject).not.toHaveBeenCalled(); // nothing is saved to the old path meanwhile

    const { project } = openedProject('Acme care');
    renaming.resolve(
      ok({ path: '/projects/Acme care.orw', project, revision: 5, savedAt: '2026-11-01T10:00:00Z', lockedBy: null }),
    );
    expect((await rename).ok).toBe(true);
    expect(store.getState().current?.project).toMatchObject({ name: 'Acme care', currency: 'CHF' });
    await vi.advanceTimersByTimeAsync(700);
    expect(api.saveProject).toHaveBeenCalledTimes(1);
    expect(api.saveProject.mock.calls[0]?.[0]).toMatchObject({
      path: '/projects/Acme care.orw',
      baseRevision: 5,
      project: { currency: 'CHF', name: 'Acme care' },
    });
  });

  it('ignores the answer to a save that was in flight when another project was opened', async () => {
    const { api, store } = await openStore();
    const slow = Promise.withResolvers<Awaited<ReturnType<typeof api.saveProject>>>();
    api.saveProject.mockImplementationOnce(() => slow.promise);
    store.getState().editProject((p) => ({ ...p, currency: 'SEK' }));
    const flushing = store.getState().flushSave();
    api.openProject.mockResolvedValueOnce(ok({ ...openedProject('Other'), path: '/projects/Other.orw', revision: 9 }));
    await store.getState().resolveConflict('reload');
    slow.resolve(ok({ revision: 2, savedAt: '2026-11-01T10:00:00Z' }));
    await flushing;
    expect(store.getState().current).toMatchObject({ path: '/projects/Other.orw', revision: 9 });
  });
});
