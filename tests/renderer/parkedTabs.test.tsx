import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceSections } from '../../renderer/features/workspace/sections';
import { Workspace } from '../../renderer/features/workspace/Workspace';
import type { AppStore } from '../../renderer/store';
import { storeWithOpenProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

const panel = (id: string) => document.querySelector<HTMLElement>(`[role="tabpanel"][id$="-content-${id}"]`);
const preview = () => document.querySelector<HTMLIFrameElement>('iframe.briefing__frame');

function decide(store: AppStore, decisionRequested: string) {
  act(() =>
    store.getState().editProject((project) => ({ ...project, briefing: { ...project.briefing, decisionRequested } })),
  );
}

describe('tabs built ahead and parked', () => {
  // jsdom lays nothing out, so it has no scrolling; the tab strip brings a focused tab into view.
  beforeAll(() => {
    Element.prototype.scrollIntoView = () => undefined;
  });

  it('builds every tab not yet visited once the browser is idle, parked behind the one shown', async () => {
    const { store } = await storeWithOpenProject(60_000);
    renderWithStore(store, <Workspace />);
    await waitFor(
      () => {
        for (const section of workspaceSections.filter((s) => s.id !== 'overview')) {
          expect(panel(section.id)?.querySelector('h2, h3, iframe')).not.toBeNull();
          expect(panel(section.id)).toHaveAttribute('data-parked');
          expect(panel(section.id)).toHaveAttribute('aria-hidden', 'true');
        }
      },
      // Five tabs' code compiled for the test and built one per idle moment: seconds on a slow two-core machine.
      { timeout: 10_000 },
    );
    expect(panel('overview')).not.toHaveAttribute('data-parked');
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lays the tabs whose first showing is dear out once while they stay unseen, then parks them again', async () => {
    const laidOut = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement;
        if (element.hasAttribute('data-warming')) {
          expect(element).toHaveAttribute('data-parked');
          laidOut.add(element.dataset['section'] ?? '');
        }
      }
    });
    observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-warming'] });
    const { store } = await storeWithOpenProject(60_000);
    renderWithStore(store, <Workspace />);
    // The checklist's on-screen areas, the vendors' grids, the briefing's frame; not the others.
    const dear = workspaceSections.filter((section) => section.layOutAhead).map((section) => section.id);
    expect(dear).toEqual(['checklist', 'vendors', 'briefing']);
    await waitFor(() => expect([...laidOut]).toEqual(dear), { timeout: 8000 });
    observer.disconnect();
    await waitFor(() => expect(document.querySelector('[data-warming]')).toBeNull());
    for (const id of dear) expect(panel(id)).toHaveAttribute('data-parked');
  });

  it('keeps the briefing it last showed while parked, and catches up when shown again', async () => {
    const { store } = await storeWithOpenProject(60_000);
    renderWithStore(store, <Workspace />);
    decide(store, 'Approve the pilot with two providers');
    await userEvent.click(screen.getByRole('tab', { name: 'Briefing' }));
    await waitFor(() => expect(preview()?.srcdoc).toContain('Approve the pilot with two providers'), {
      timeout: 5000,
    });

    await userEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(panel('briefing')).toHaveAttribute('data-parked');
    decide(store, 'Approve going to market with three providers');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(preview()?.srcdoc).toContain('Approve the pilot with two providers');

    await userEvent.click(screen.getByRole('tab', { name: 'Briefing' }));
    await waitFor(() => expect(preview()?.srcdoc).toContain('Approve going to market with three providers'));
    expect(panel('briefing')).not.toHaveAttribute('data-parked');
  });

  it('leaves a briefing built ahead as it was built until it is first shown', async () => {
    const { store } = await storeWithOpenProject(60_000);
    renderWithStore(store, <Workspace />);
    await waitFor(() => expect(preview()).not.toBeNull(), { timeout: 5000 });
    const built = preview()?.srcdoc;
    decide(store, 'Approve a pilot of customer service');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(preview()?.srcdoc).toBe(built);

    await userEvent.click(screen.getByRole('tab', { name: 'Briefing' }));
    await waitFor(() => expect(preview()?.srcdoc).toContain('Approve a pilot of customer service'));
  });

  it('wires each mounted tab to its panel: the tab controls it, the panel is named by the tab and shown with it', async () => {
    const { store } = await storeWithOpenProject(60_000);
    renderWithStore(store, <Workspace />);
    await userEvent.click(screen.getByRole('tab', { name: 'Costs' }));
    for (const [id, name] of [
      ['overview', 'Overview'],
      ['costs', 'Costs'],
    ] as const) {
      const tab = screen.getByRole('tab', { name });
      expect(document.getElementById(tab.getAttribute('aria-controls') ?? '')).toBe(panel(id));
      expect(panel(id)).toHaveAttribute('aria-labelledby', tab.id);
    }
    expect(screen.getByRole('tabpanel', { name: 'Costs' })).toBe(panel('costs'));
    expect(screen.getByRole('tab', { name: 'Costs' })).toHaveAttribute('aria-selected', 'true');
    expect(panel('costs')).toHaveAttribute('data-state', 'active');
    expect(panel('overview')).toHaveAttribute('data-state', 'inactive');
  });
});
