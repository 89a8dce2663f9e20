import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GovernanceSection } from '../../renderer/features/plan/GovernanceSection';
import { planActions } from '../../renderer/features/plan/planActions';
import { RisksSection } from '../../renderer/features/plan/RisksSection';
import { createAppStore, StoreContext, type AppStore } from '../../renderer/store';
import { fakeApi } from './fakeApi';

async function openStore(): Promise<AppStore> {
  const store = createAppStore(fakeApi(), { autosaveDelayMs: 60_000 });
  await store.getState().openProject('/projects/Acme support.orw');
  return store;
}

// A fast typist's first key follows the click at once: the new field must have the focus when the click returns,
// not a frame later, or that key goes to the button.
describe('adding a record puts the keyboard in it before the click returns', () => {
  it('a new escalation step', async () => {
    const store = await openStore();
    render(
      <StoreContext.Provider value={store}>
        <GovernanceSection actions={planActions(store)} readOnly={false} />
      </StoreContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Escalation step 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Escalation step 2'));
  });

  it('a new risk’s mitigation', async () => {
    const store = await openStore();
    render(
      <StoreContext.Provider value={store}>
        <RisksSection actions={planActions(store)} readOnly={false} />
      </StoreContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText('New risk'), { target: { value: 'Key staff leave early' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add risk' }));
    const risk = store.getState().current?.project.plan.risks[0];
    expect(document.activeElement?.id).toBe(`risk-${risk?.id}-mitigation`);
  });
});
