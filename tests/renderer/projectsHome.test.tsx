import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../shared/model/library';
import { ok } from '../../shared/result';
import { Sidebar } from '../../renderer/components/Sidebar';
import { dateTime } from '../../renderer/format';
import { ProjectsHome } from '../../renderer/features/projects/ProjectsHome';
import { createAppStore, type AppStore } from '../../renderer/store';
import { fakeApi } from './fakeApi';
import { renderWithStore } from './renderWithStore';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function summary(change: Partial<ProjectSummary>): ProjectSummary {
  return {
    id: 'a',
    name: 'Client A',
    functionTemplate: 'hr-administration',
    path: '/home/dana/Documents/Outsourcing Readiness Workbench/Client A.orw',
    updatedAt: minutesAgo(5),
    lastOpenedAt: null,
    readiness: { level: 'ready-for-vendors', score: 62.4 },
    lastDone: { title: 'Name an executive sponsor', at: minutesAgo(60 * 24) },
    ...change,
  };
}

async function storeWith(projects: ProjectSummary[]): Promise<AppStore> {
  const api = fakeApi();
  api.listLibrary.mockResolvedValue(
    ok({ projects, projectsFolder: '/home/dana/Documents/Outsourcing Readiness Workbench' }),
  );
  const store = createAppStore(api, { autosaveDelayMs: 60_000 });
  await store.getState().loadLibrary();
  return store;
}

describe('a project card', () => {
  it('shows the readiness level and score and what was done last', async () => {
    renderWithStore(await storeWith([summary({})]), <ProjectsHome />);
    const card = screen.getByRole('listitem');
    expect(within(card).getByText('Ready for vendors')).toBeVisible();
    expect(within(card).getByText('62/100')).toBeVisible();
    expect(card).toHaveTextContent('Last done: Name an executive sponsor, yesterday');
  });

  it('gives the exact times as tooltips once the pointer comes to them', async () => {
    const edited = minutesAgo(5);
    const done = minutesAgo(60 * 24);
    renderWithStore(
      await storeWith([summary({ updatedAt: edited, lastDone: { title: 'Name an executive sponsor', at: done } })]),
      <ProjectsHome />,
    );
    const card = screen.getByRole('listitem');
    for (const [text, iso] of [
      [/^Edited /, edited],
      [/^Last done: /, done],
    ] as const) {
      const meta = within(card).getByText(text);
      await userEvent.hover(meta);
      expect(meta).toHaveAttribute('title', dateTime(iso));
    }
  });

  it('says so when nothing is done yet, and shows no level for an entry the library has not read yet', async () => {
    renderWithStore(
      await storeWith([
        summary({
          id: 'b',
          name: 'Fresh',
          path: '/p/Fresh.orw',
          readiness: { level: 'not-ready', score: 0 },
          lastDone: null,
        }),
        summary({ id: 'c', name: 'Unread', path: '/p/Unread.orw', readiness: undefined, lastDone: undefined }),
      ]),
      <ProjectsHome />,
    );
    const [fresh, unread] = screen.getAllByRole('listitem');
    expect(fresh).toHaveTextContent('Nothing done yet');
    expect(unread).not.toHaveTextContent(/Not ready|Nothing done yet/);
  });

  it('names its file and folder, so two projects of one name are told apart', async () => {
    renderWithStore(
      await storeWith([
        summary({}),
        summary({ id: 'b', path: '/media/usb/Clients/Client A 2028.orw', updatedAt: minutesAgo(60 * 24 * 3) }),
      ]),
      <ProjectsHome />,
    );
    const [here, usb] = screen.getAllByRole('listitem');
    expect(within(here ?? document.body).getByText('Client A.orw')).toBeVisible();
    expect(here).toHaveTextContent('in Outsourcing Readiness Workbench');
    expect(within(usb ?? document.body).getByText('Client A 2028.orw')).toBeVisible();
    expect(usb).toHaveTextContent('in Clients');
    expect(usb).toHaveTextContent('Edited 3 days ago');
  });
});

describe('Recent', () => {
  it('tells two projects of one name apart by folder and time; others show their name alone', async () => {
    renderWithStore(
      await storeWith([
        summary({}),
        summary({ id: 'b', path: '/media/usb/Clients/Client A.orw', updatedAt: minutesAgo(60 * 24 * 3) }),
        summary({ id: 'c', name: 'Northwind', path: '/p/Northwind.orw' }),
      ]),
      <Sidebar />,
    );
    const recent = screen.getAllByRole('button', { name: /^Client A|^Northwind/ });
    expect(recent.map((button) => button.textContent)).toEqual([
      'Client Ain Outsourcing Readiness Workbench · 5 minutes ago',
      'Client Ain Clients · 3 days ago',
      'Northwind',
    ]);
    // The whole name and place are there on hover and for a screen reader, however narrow the sidebar.
    expect(recent[1]).toHaveAttribute('title', 'Client A\n/media/usb/Clients/Client A.orw');
  });

  it('names the file instead when the copies share a folder (an imported copy)', async () => {
    const folder = '/home/dana/Documents/Outsourcing Readiness Workbench';
    renderWithStore(
      await storeWith([
        summary({}),
        summary({ id: 'b', path: `${folder}/Client A (2).orw`, updatedAt: minutesAgo(60) }),
      ]),
      <Sidebar />,
    );
    expect(screen.getAllByRole('button', { name: /^Client A/ }).map((button) => button.textContent)).toEqual([
      'Client AClient A.orw · 5 minutes ago',
      'Client AClient A (2).orw · 1 hour ago',
    ]);
  });
});
