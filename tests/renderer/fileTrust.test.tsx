import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../shared/result';
import type { OpenedProject } from '../../shared/contract';
import { guardAgainstBidiControls } from '../../renderer/bidiInputGuard';
import { Notice } from '../../renderer/components/Notice';
import { SaveStatus } from '../../renderer/components/SaveStatus';
import { ReadOnlyBanner } from '../../renderer/features/files/ReadOnlyBanner';
import { NewProjectDialog } from '../../renderer/features/projects/NewProjectDialog';
import { createAppStore } from '../../renderer/store';
import { fakeApi, openedProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

function Field({ onValue }: { onValue: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <textarea
      aria-label="Notes"
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        onValue(e.target.value);
      }}
    />
  );
}

describe('typed and pasted text', () => {
  let unguard: () => void;
  beforeEach(() => {
    unguard = guardAgainstBidiControls(document);
  });
  afterEach(() => unguard());

  it('reaches the app without bidirectional controls, pasted or typed', async () => {
    const seen: string[] = [];
    render(<Field onValue={(value) => seen.push(value)} />);
    const field = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.click(field);
    await userEvent.paste('Quarterly\u202Etxt.exe');
    expect(field).toHaveValue('Quarterlytxt.exe');
    // Typed through an input method (a compose key, the OS character picker): the browser sets the value, then fires input.
    fireEvent.input(field, { target: { value: 'Quarterlytxt.exe \u2066ok\u2069' } });
    expect(field).toHaveValue('Quarterlytxt.exe ok');
    expect(seen.at(-1)).toBe('Quarterlytxt.exe ok');
    expect(seen.every((value) => !/[\u202A-\u202E\u2066-\u2069]/.test(value))).toBe(true);
  });
});

describe('after opening a file', () => {
  it('says what the reader repaired, until dismissed', async () => {
    const api = fakeApi();
    api.openProject.mockResolvedValueOnce(
      ok({ ...openedProject(), notices: ['2 scores for a vendor that no longer exists were dropped.'] }),
    );
    const store = createAppStore(api, { autosaveDelayMs: 60_000 });
    await store.getState().openProject('/projects/Acme support.orw');
    renderWithStore(store, <Notice />);
    expect(screen.getByRole('alert')).toHaveTextContent('2 scores for a vendor that no longer exists were dropped.');
  });

  it('keeps a project read-only, with the reason, when the app could not lock it', async () => {
    const api = fakeApi();
    const reason = 'This project opened read-only because you may not create files in its folder.';
    api.openProject.mockResolvedValueOnce(ok({ ...openedProject(), readOnly: reason }));
    const store = createAppStore(api, { autosaveDelayMs: 60_000 });
    await store.getState().openProject('/projects/Acme support.orw');
    renderWithStore(store, <ReadOnlyBanner />);
    expect(screen.getByRole('note', { name: 'Read-only' })).toHaveTextContent(reason);
    store.getState().editProject((p) => ({ ...p, currency: 'EUR' }));
    expect(store.getState().current?.project.currency).toBe('USD');
  });

  it('shows a failed periodic backup in the save status', async () => {
    const api = fakeApi();
    const store = createAppStore(api, { autosaveDelayMs: 60_000 });
    await store.getState().openProject('/projects/Acme support.orw');
    renderWithStore(store, <SaveStatus />);
    api.saveProject.mockResolvedValueOnce(
      ok({
        revision: 5,
        savedAt: new Date().toISOString(),
        warning: 'Saved, but the periodic backup copy could not be made (ENOSPC).',
      }),
    );
    act(() => store.getState().editProject((p) => ({ ...p, currency: 'EUR' })));
    await act(() => store.getState().flushSave());
    expect(screen.getByRole('status')).toHaveTextContent('Saved — backup failed');
    expect(screen.getByText('Saved — backup failed')).toHaveAttribute('title', expect.stringMatching(/ENOSPC/));
  });
});

describe('Save As, Move and Duplicate', () => {
  it('hold autosave while they run and carry an edit made meanwhile to the new file', async () => {
    const api = fakeApi();
    const store = createAppStore(api, { autosaveDelayMs: 60_000 });
    await store.getState().openProject('/projects/Acme support.orw');
    store.getState().editProject((p) => ({ ...p, currency: 'EUR' }));
    const pending: { answer: (result: Result<OpenedProject>) => void; request: unknown } = {
      answer: () => undefined,
      request: null,
    };
    api.saveProjectAs.mockImplementationOnce(
      (...args: unknown[]) =>
        new Promise((resolve) => {
          pending.request = args[0];
          pending.answer = resolve;
        }),
    );
    const saving = store.getState().saveProjectAs({ move: false });
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pending.request).toMatchObject({ project: { currency: 'EUR' } });
    store.getState().editProject((p) => ({ ...p, relationshipModel: 'relational' }));
    expect(api.saveProject).toHaveBeenCalledTimes(1); // only the flush before Save As
    const elsewhere = openedProject('Saved elsewhere');
    pending.answer(ok({ ...elsewhere, project: { ...elsewhere.project, currency: 'EUR' } }));
    await saving;
    const current = store.getState().current;
    expect(current?.path).toBe('/projects/Saved elsewhere.orw');
    expect(current?.project).toMatchObject({
      id: elsewhere.project.id,
      currency: 'EUR',
      relationshipModel: 'relational',
    });
    await store.getState().flushSave();
    expect(api.saveProject.mock.calls.at(-1)?.[0]).toMatchObject({ path: '/projects/Saved elsewhere.orw' });
  });

  it('saves the latest edit before duplicating, so the copy has it', async () => {
    const api = fakeApi();
    const store = createAppStore(api, { autosaveDelayMs: 60_000 });
    await store.getState().openProject('/projects/Acme support.orw');
    store.getState().editProject((p) => ({ ...p, currency: 'EUR' }));
    await store.getState().duplicateProject('/projects/Acme support.orw');
    const saveOrder = api.saveProject.mock.invocationCallOrder[0] ?? Infinity;
    const duplicateOrder = api.duplicateProject.mock.invocationCallOrder[0] ?? -1;
    expect(saveOrder).toBeLessThan(duplicateOrder);
  });
});

describe('a new project’s file name', () => {
  it('is shown before saving when it differs from the name typed, and the field reads in either direction', async () => {
    const store = createAppStore(fakeApi());
    renderWithStore(store, <NewProjectDialog open onOpenChange={() => undefined} />);
    const field = screen.getByRole('textbox', { name: 'Project name' });
    expect(field).toHaveAttribute('dir', 'auto');
    await userEvent.type(field, 'Q3: CON?');
    expect(screen.getByText(/It will be saved as “Q3 CON\.orw”/)).toBeInTheDocument();
  });
});
