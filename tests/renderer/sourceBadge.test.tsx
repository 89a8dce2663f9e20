import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogSources } from '../../shared/catalog/sources';
import { ChecklistView } from '../../renderer/features/checklist/ChecklistView';
import { createAppStore, StoreContext } from '../../renderer/store';
import { fakeApi } from './fakeApi';

describe('an item’s source on the checklist', () => {
  it('says on the badge what the tip is, and shows the whole source a click away', async () => {
    const store = createAppStore(fakeApi(), { autosaveDelayMs: 60_000 });
    await store.getState().openProject('/projects/Acme support.orw');
    render(
      <StoreContext.Provider value={store}>
        <ChecklistView />
      </StoreContext.Provider>,
    );
    const badge = screen.getAllByRole('button', { name: 'Source: Tip 1 · involve the C-suite' })[0];
    if (!badge) throw new Error('no badge');
    expect(badge).toHaveTextContent('Tip 1 · involve the C-suite');
    expect(document.body).not.toHaveTextContent(catalogSources['seed-tips'].title);

    await userEvent.click(badge);
    const popover = screen.getByRole('dialog', { name: 'Source' });
    expect(popover).toHaveTextContent(catalogSources['seed-tips'].title);
    expect(popover).toHaveTextContent('Tip 1 — involve the C-suite');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Source' })).toBeNull();
    expect(badge).toHaveFocus();
  });
});
