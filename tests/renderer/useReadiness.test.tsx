import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { checklistActions } from '../../renderer/features/checklist/checklistActions';
import { useReadiness } from '../../renderer/features/checklist/useReadiness';
import { storeWithOpenProject } from './fakeApi';
import { StoreProvider } from './renderWithStore';

describe('useReadiness', () => {
  it('keeps the same report while a note is typed, and makes a new one when a status changes', async () => {
    const { store } = await storeWithOpenProject(60_000);
    const wrapper = ({ children }: { children: ReactNode }) => <StoreProvider store={store}>{children}</StoreProvider>;
    const { result } = renderHook(() => useReadiness(), { wrapper });
    const before = result.current;
    expect(before).not.toBeNull();
    const actions = checklistActions(store);
    const first = store.getState().current?.project.checklist.items[0];
    if (!first) throw new Error('the project has no items');

    act(() => actions.update(first.id, { notes: 'Asked the CFO on Monday' }));
    expect(result.current).toBe(before);

    act(() => actions.setStatus(first.id, 'done'));
    expect(result.current).not.toBe(before);
    expect(result.current?.score).not.toBe(before?.score);
  });
});
