import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { projectNameMaxLength } from '../../shared/model/project';
import { NewProjectDialog } from '../../renderer/features/projects/NewProjectDialog';
import { ProjectsHome } from '../../renderer/features/projects/ProjectsHome';
import { ProjectSettingsDialog } from '../../renderer/features/workspace/ProjectSettingsDialog';
import { Workspace } from '../../renderer/features/workspace/Workspace';
import { createAppStore, StoreContext, type AppStore } from '../../renderer/store';
import { fakeApi, storeWithOpenProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

async function openStore(): Promise<AppStore> {
  return (await storeWithOpenProject(60_000)).store;
}

describe('changing the business function', () => {
  it('names the function as it is written, and counts added items only when there are some', async () => {
    const store = await openStore();
    renderWithStore(store, <ProjectSettingsDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await userEvent.selectOptions(screen.getByLabelText('Business function'), 'it-help-desk');
    expect(store.getState().toast).toMatch(
      /^The business function is now IT help desk\. \d+ items? (was|were) added to the checklist; nothing you did was changed\.$/,
    );
    await userEvent.selectOptions(screen.getByLabelText('Business function'), 'customer-service');
    expect(store.getState().toast).toBe('The business function is now Customer service.');
  });
});

describe('one limit for a project’s name, while typing', () => {
  const tooLong = 'Northwind customer care and collections, phase two '.repeat(3);

  it('stops the new project’s name at the limit and counts down near it', async () => {
    const store = createAppStore(fakeApi(), { autosaveDelayMs: 60_000 });
    renderWithStore(store, <NewProjectDialog open onOpenChange={() => undefined} />);
    const field = screen.getByLabelText('Project name');
    expect(screen.queryByText(/characters left/)).toBeNull();
    await userEvent.type(field, tooLong.slice(0, projectNameMaxLength - 10));
    expect(screen.getByText('10 characters left')).toBeVisible();
    await userEvent.type(field, tooLong.slice(projectNameMaxLength - 10));
    expect(field).toHaveValue(tooLong.slice(0, projectNameMaxLength));
    expect(screen.getByText('0 characters left')).toBeVisible();
  });

  it('stops a new name at the same limit when renaming', async () => {
    const store = await openStore();
    renderWithStore(store, <Workspace />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename project' }));
    const field = screen.getByRole('textbox', { name: 'Project name' });
    await userEvent.clear(field);
    await userEvent.type(field, tooLong);
    expect(field).toHaveValue(tooLong.slice(0, projectNameMaxLength));
    expect(screen.getByText('0 characters left')).toBeVisible();
  });
});

describe('where the keyboard is after creating or opening a project', () => {
  it('is on the project’s title once a project is open', async () => {
    const store = await openStore();
    renderWithStore(store, <Workspace />);
    expect(screen.getByRole('heading', { level: 1, name: 'Acme support' })).toHaveFocus();
  });

  it('is on the title after creating one from the dialog, not on the page', async () => {
    const store = createAppStore(fakeApi(), { autosaveDelayMs: 60_000 });
    await store.getState().loadLibrary();
    function Shell() {
      return <>{store.getState().current ? <Workspace /> : <ProjectsHome />}</>;
    }
    const view = renderWithStore(store, <Shell />);
    await userEvent.click(screen.getByRole('button', { name: 'Create a project' }));
    // The dialog is its own chunk: it appears once loaded.
    await userEvent.type(await screen.findByLabelText('Project name'), 'Acme support');
    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));
    await act(async () => {
      view.rerender(
        <StoreContext.Provider value={store}>
          <Shell />
        </StoreContext.Provider>,
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Acme support' })).toHaveFocus();
  });
});
