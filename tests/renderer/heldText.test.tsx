import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChecklistView } from '../../renderer/features/checklist/ChecklistView';
import { runPageCommand } from '../../renderer/features/commands/runPageCommand';
import { heldTextLongestMs, heldTextPauseMs } from '../../renderer/store/useHeldText';
import { storeWithOpenProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

const statusButton = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}: `) });

/** The checklist with the first item's details open, and its notes field. */
async function noteField() {
  const { api, store } = await storeWithOpenProject(60_000);
  renderWithStore(store, <ChecklistView />);
  const item = store.getState().current?.project.checklist.items[0];
  if (!item) throw new Error('no item');
  fireEvent.click(screen.getByRole('button', { name: item.title, expanded: false }));
  const row = statusButton(item.title).closest('li');
  if (!row) throw new Error('no row');
  const notes = within(row).getByLabelText('Notes');
  const notesInProject = () => store.getState().current?.project.checklist.items.find((i) => i.id === item.id)?.notes;
  return { api, store, item, notes, notesInProject };
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

// A note's keystrokes re-render its field alone; the text reaches the project a moment later, and whatever
// takes the project as a whole (a save, undo, closing) gets it first: nothing typed is lost or left out.
describe('text held in a field while typing', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('shows each key at once and puts the text into the project once typing pauses, as one edit', async () => {
    const { store, notes, notesInProject } = await noteField();
    const before = store.getState().current?.project;
    type(notes, 'A');
    type(notes, 'As');
    type(notes, 'Ask');
    expect(notes).toHaveValue('Ask');
    expect(store.getState().current?.project).toBe(before);
    expect(store.getState().save.status).not.toBe('pending');

    act(() => vi.advanceTimersByTime(heldTextPauseMs));
    expect(notesInProject()).toBe('Ask');
    expect(store.getState().save.status).toBe('pending');
    expect(notes).toHaveValue('Ask');
  });

  it('commits at least once a second while typing goes on without a pause', async () => {
    const { notes, notesInProject } = await noteField();
    let text = '';
    for (let elapsed = 0; elapsed <= heldTextLongestMs; elapsed += 100) {
      text += 'x';
      type(notes, text);
      act(() => vi.advanceTimersByTime(100));
    }
    expect(notesInProject()?.length).toBeGreaterThanOrEqual(heldTextLongestMs / 100);
  });

  it('saves what was just typed when the save is asked for before the pause', async () => {
    const { api, store, notes } = await noteField();
    type(notes, 'Typed just before the window closed');
    await act(() => store.getState().flushSave());
    const sent = api.saveProject.mock.calls.at(-1)?.[0].project;
    expect(JSON.stringify(sent)).toContain('Typed just before the window closed');
    expect(store.getState().save.status).toBe('saved');
  });

  it('undoes what was just typed as one step, even before the pause', async () => {
    const { store, notes, notesInProject } = await noteField();
    type(notes, 'Typo');
    act(() => store.getState().undo());
    expect(notesInProject()).toBe('');
    expect(notes).toHaveValue('');
    act(() => store.getState().redo());
    expect(notes).toHaveValue('Typo');
  });

  it('commits before a command from the menu, which leaves the keyboard in the field', async () => {
    const { store, notes, notesInProject } = await noteField();
    type(notes, 'Typed, then the briefing export chosen from the menu');
    runPageCommand(store, { command: 'file:export-briefing' });
    expect(notesInProject()).toBe('Typed, then the briefing export chosen from the menu');
  });

  it('undoes what was just typed with Ctrl+Z in a project just opened (nothing to undo before it)', async () => {
    const { store, notes, notesInProject } = await noteField();
    expect(store.getState().canUndo).toBe(false);
    type(notes, 'Typo in a fresh project');
    act(() => runPageCommand(store, { command: 'edit:undo' }));
    expect(notesInProject()).toBe('');
    expect(notes).toHaveValue('');
  });

  it('commits when the field loses the keyboard, and when it leaves the page', async () => {
    const { item, notes, notesInProject } = await noteField();
    type(notes, 'On blur');
    fireEvent.blur(notes);
    expect(notesInProject()).toBe('On blur');

    type(notes, 'On blur, then collapsed');
    fireEvent.click(screen.getByRole('button', { name: item.title, expanded: true }));
    expect(screen.queryByLabelText('Notes')).toBeNull();
    expect(notesInProject()).toBe('On blur, then collapsed');
  });

  it('keeps what was typed when the file changed elsewhere until the user chooses, and drops it on "reload"', async () => {
    const { api, store, notes, notesInProject } = await noteField();
    type(notes, 'Before the conflict');
    await act(() => store.getState().flushSave());
    api.saveProject.mockResolvedValueOnce({ ok: false, error: { code: 'conflict', message: 'Changed on disk.' } });
    type(notes, 'Typed during the conflict');
    await act(() => store.getState().flushSave());
    expect(store.getState().save.status).toBe('conflict');
    expect(notesInProject()).toBe('Typed during the conflict');

    type(notes, 'Not kept: the disk version is chosen');
    await act(() => store.getState().resolveConflict('reload'));
    act(() => vi.advanceTimersByTime(heldTextLongestMs));
    expect(notesInProject()).toBe('');
    expect(notes).toHaveValue('');
    expect(store.getState().heldEdits.any).toBe(false);
  });
});
