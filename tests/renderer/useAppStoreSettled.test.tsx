import { act, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { useAppStoreSettled } from '../../renderer/store/useAppStoreSettled';
import { storeWithOpenProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

function SettledName() {
  return <p>{useAppStoreSettled((s) => s.current?.project.name ?? '')}</p>;
}

describe('useAppStoreSettled', () => {
  it('shows the first value at once, and a burst of changes once they pause, rendering then and not on each', async () => {
    const { store } = await storeWithOpenProject(60_000);
    const renders = { count: 0 };
    renderWithStore(
      store,
      <Profiler id="settled" onRender={() => (renders.count += 1)}>
        <SettledName />
      </Profiler>,
    );
    const first = store.getState().current?.project.name ?? '';
    expect(screen.getByText(first)).toBeInTheDocument();

    const before = renders.count;
    act(() => {
      for (const name of ['Q', 'Qu', 'Quo']) store.getState().editProject((project) => ({ ...project, name }));
    });
    expect(renders.count).toBe(before);
    expect(screen.getByText(first)).toBeInTheDocument();

    await waitFor(() => expect(screen.getByText('Quo')).toBeInTheDocument());
    expect(renders.count).toBe(before + 1);
  });
});
