import { describe, expect, it } from 'vitest';
import { menuStateOf } from '../../renderer/features/commands/commandState';
import { runPageCommand } from '../../renderer/features/commands/runPageCommand';
import type { Project } from '../../shared/model/project';
import { fail } from '../../shared/result';
import { storeWithOpenProject } from './fakeApi';

const renamed = (project: Project): Project => ({ ...project, name: 'Renamed' });

const openStore = () => storeWithOpenProject(10_000);

describe('closing the window', () => {
  it('saves pending edits, then lets the window close without asking', async () => {
    const { api, store } = await openStore();
    store.getState().editProject(renamed);
    await store.getState().closeRequested();
    expect(api.saveProject).toHaveBeenCalledTimes(1);
    expect(api.closeWindow).toHaveBeenCalledTimes(1);
    expect(store.getState().openDialog).toBeNull();
  });

  it('asks, and keeps the window, when the edits cannot be saved', async () => {
    const { api, store } = await openStore();
    api.saveProject.mockResolvedValue(fail('io', 'The USB stick is not there.'));
    store.getState().editProject(renamed);
    await store.getState().closeRequested();
    expect(api.closeWindow).not.toHaveBeenCalled();
    expect(store.getState().openDialog).toBe('unsaved-close');
    await store.getState().closeRequested();
    expect(api.closeWindow).not.toHaveBeenCalled();
    await store.getState().closeWindow();
    expect(api.closeWindow).toHaveBeenCalledTimes(1);
  });
});

describe('menu commands in the page', () => {
  it('report what applies, and an edit marks the title until it is saved', async () => {
    const { store } = await openStore();
    expect(menuStateOf(store.getState())).toMatchObject({
      document: { name: 'Acme support', path: '/projects/Acme support.orw', edited: false },
      theme: 'system',
    });
    expect(menuStateOf(store.getState()).applicable).not.toContain('edit:undo');
    store.getState().editProject(renamed);
    expect(menuStateOf(store.getState())).toMatchObject({ document: { name: 'Renamed', edited: true } });
    expect(menuStateOf(store.getState()).applicable).toContain('edit:undo');
    await store.getState().flushSave();
    expect(menuStateOf(store.getState()).document?.edited).toBe(false);
  });

  it('carry out a command only while it applies', async () => {
    const { api, store } = await openStore();
    runPageCommand(store, { command: 'edit:undo' });
    expect(store.getState().current?.project.name).toBe('Acme support');
    store.getState().editProject(renamed);
    runPageCommand(store, { command: 'edit:undo' });
    expect(store.getState().current?.project.name).toBe('Acme support');
    runPageCommand(store, { command: 'file:new-from-sample' });
    runPageCommand(store, { command: 'file:reveal' });
    expect(api.revealFile).toHaveBeenCalledWith({ path: '/projects/Acme support.orw' });
  });

  it('switch the theme and keep the choice', async () => {
    const { api, store } = await openStore();
    runPageCommand(store, { command: 'view:theme-dark' });
    expect(store.getState().theme).toBe('dark');
    expect(api.setPreferences).toHaveBeenCalledWith({ theme: 'dark' });
    expect(menuStateOf(store.getState()).theme).toBe('dark');
  });

  it('open Find and the shortcuts sheet, and go to the briefing for Export Briefing', async () => {
    const { store } = await openStore();
    runPageCommand(store, { command: 'edit:find' });
    expect(store.getState().openDialog).toBe('find');
    runPageCommand(store, { command: 'help:shortcuts' });
    expect(store.getState().openDialog).toBe('shortcuts');
    runPageCommand(store, { command: 'file:export-briefing' });
    expect(store.getState().workspaceTarget).toEqual({ tab: 'briefing', recordId: null });
  });
});
