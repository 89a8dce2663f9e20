import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checklistAreas } from '../../shared/catalog/checklistAreas';
import { ChecklistView } from '../../renderer/features/checklist/ChecklistView';
import { storeWithOpenProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

const statusButton = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}: `) });

async function openChecklist() {
  const { store } = await storeWithOpenProject(60_000);
  renderWithStore(store, <ChecklistView />);
  const items = store.getState().current?.project.checklist.items ?? [];
  return { store, items };
}

// The list follows a change to an item's fields a moment later (so a keystroke paints its own field first), but a
// record added or moved must be there at once: the keyboard goes to it before the key or click returns.
describe('the checklist follows edits', () => {
  it('shows a new item with the keyboard on it before the Add click returns', async () => {
    await openChecklist();
    const area = checklistAreas[0]?.title ?? '';
    fireEvent.click(screen.getByRole('button', { name: `Add an item to ${area}` }));
    fireEvent.change(screen.getByLabelText(`New item in ${area}`), { target: { value: 'Brief the works council' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(document.activeElement).toBe(statusButton('Brief the works council'));
  });

  it('moves an item with Alt+Down and keeps the keyboard on it', async () => {
    const { items } = await openChecklist();
    const [first, second] = items;
    if (!first || !second || first.areaId !== second.areaId) throw new Error('the first area needs two items');
    fireEvent.keyDown(statusButton(first.title), { key: 'ArrowDown', altKey: true });
    expect(document.activeElement).toBe(statusButton(first.title));
    const order = screen
      .getAllByRole('button', { name: /Press to change the status\.$/ })
      .map((b) => b.dataset['itemId']);
    expect(order.indexOf(first.id)).toBe(order.indexOf(second.id) + 1);
  });

  it('shows a note in its field at once, and the search finds it once the list has caught up', async () => {
    const { store, items } = await openChecklist();
    const item = items[3];
    if (!item) throw new Error('no item');
    act(() => store.getState().setChecklistFilter({ search: 'quokka' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 of'));
    act(() => store.getState().setChecklistFilter({ search: '' }));
    fireEvent.click(screen.getByRole('button', { name: item.title, expanded: false }));
    const row = statusButton(item.title).closest('li');
    if (!row) throw new Error('no row');
    const notes = within(row).getByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Ask about the quokka rota' } });
    expect(notes).toHaveValue('Ask about the quokka rota');

    act(() => store.getState().setChecklistFilter({ search: 'quokka' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of'));
    expect(statusButton(item.title)).toBeInTheDocument();
  });
});
