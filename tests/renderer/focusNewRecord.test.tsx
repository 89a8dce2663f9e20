import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GovernanceSection } from '../../renderer/features/plan/GovernanceSection';
import { planActions } from '../../renderer/features/plan/planActions';
import { RisksSection } from '../../renderer/features/plan/RisksSection';
import { storeWithOpenProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

// A fast typist's first key follows the click at once: the new field must have the focus when the click returns,
// not a frame later, or that key goes to the button.
describe('adding a record puts the keyboard in it before the click returns', () => {
  it('a new escalation step', async () => {
    const { store } = await storeWithOpenProject(60_000);
    renderWithStore(store, <GovernanceSection actions={planActions(store)} readOnly={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Escalation step 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Escalation step 2'));
  });

  it('a new risk’s mitigation', async () => {
    const { store } = await storeWithOpenProject(60_000);
    renderWithStore(store, <RisksSection actions={planActions(store)} readOnly={false} />);
    fireEvent.change(screen.getByLabelText('New risk'), { target: { value: 'Key staff leave early' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add risk' }));
    const risk = store.getState().current?.project.plan.risks[0];
    expect(document.activeElement?.id).toBe(`risk-${risk?.id}-mitigation`);
  });
});
