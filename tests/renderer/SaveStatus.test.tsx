import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fail } from '../../shared/result';
import { SaveStatus } from '../../renderer/components/SaveStatus';
import { createAppStore, StoreContext } from '../../renderer/store';
import { fakeApi } from './fakeApi';

async function renderWithOpenProject() {
  const api = fakeApi();
  const store = createAppStore(api, { autosaveDelayMs: 60_000 });
  await store.getState().openProject('/projects/Acme support.orw');
  render(
    <StoreContext.Provider value={store}>
      <SaveStatus />
    </StoreContext.Provider>,
  );
  return { api, store };
}

describe('the save status', () => {
  it('shows Saved for a freshly opened project, Saving… while edits wait, and Saved again after the save', async () => {
    const { store } = await renderWithOpenProject();
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    act(() => store.getState().editProject((p) => ({ ...p, currency: 'EUR' })));
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    await act(() => store.getState().flushSave());
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('says Couldn’t save with a Retry button that saves the kept edits', async () => {
    const { api, store } = await renderWithOpenProject();
    api.saveProject.mockResolvedValueOnce(fail('io', 'The disk is full.'));
    act(() => store.getState().editProject((p) => ({ ...p, currency: 'GBP' })));
    await act(() => store.getState().flushSave());
    expect(screen.getByRole('status')).toHaveTextContent('Couldn’t save');
    expect(screen.getByText('Couldn’t save')).toHaveAttribute('title', 'The disk is full.');

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    expect(api.saveProject).toHaveBeenLastCalledWith(
      expect.objectContaining({ project: expect.objectContaining({ currency: 'GBP' }) }),
    );
  });
});
