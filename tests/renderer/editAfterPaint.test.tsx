import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runPageCommand } from '../../renderer/features/commands/runPageCommand';
import type { AppStore } from '../../renderer/store';
import { useEditAfterPaint } from '../../renderer/store/useEditAfterPaint';
import { storeWithOpenProject } from './fakeApi';
import { renderWithStore } from './renderWithStore';

/** A field that commits a name with a button: the name shows at once and goes into the project after the paint. */
function NameField({ name }: { name: string }) {
  const committed = useEditAfterPaint<string>();
  return (
    <>
      <output>{committed.shown ?? 'nothing held'}</output>
      <button type="button" onClick={() => committed.hold(name, () => written.push(name))}>
        Commit {name}
      </button>
    </>
  );
}

let written: string[] = [];
const shown = () => screen.getByRole('status').textContent;
/** The next frame, and the idle moment after it (a timer where the test's DOM has no idle callback). */
const paint = () => act(() => vi.advanceTimersByTime(250));

async function field(store?: AppStore) {
  const opened = store ?? (await storeWithOpenProject()).store;
  const view = renderWithStore(
    opened,
    <>
      <NameField name="Acme" />
      <NameField name="Globex" />
    </>,
  );
  return { store: opened, view };
}

// An edit made by a key press is painted with that press, and the project (whose other readers redraw) takes it
// just after; anything that takes the project as a whole takes it first.
describe('an edit written to the project after the next paint', () => {
  beforeEach(() => {
    written = [];
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('is shown at once and written once, after the next paint', async () => {
    await field();
    fireEvent.click(screen.getAllByRole('button', { name: 'Commit Acme' })[0] as HTMLElement);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Acme');
    expect(written).toEqual([]);
    paint();
    expect(written).toEqual(['Acme']);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('nothing held');
    paint();
    expect(written).toEqual(['Acme']);
  });

  it('is written before an undo, a save or a close takes the project', async () => {
    const { store } = await field();
    fireEvent.click(screen.getByRole('button', { name: 'Commit Acme' }));
    expect(store.getState().heldEdits.any).toBe(true);
    act(() => runPageCommand(store, { command: 'edit:undo' }));
    expect(written).toEqual(['Acme']);
    expect(store.getState().heldEdits.any).toBe(false);
    paint();
    expect(written).toEqual(['Acme']);
  });

  it('holding the next edit in the same field writes the last one first', async () => {
    function TwoNames() {
      const committed = useEditAfterPaint<string>();
      return (
        <>
          <output>{committed.shown ?? 'nothing held'}</output>
          {['Acme', 'Globex'].map((name) => (
            <button key={name} type="button" onClick={() => committed.hold(name, () => written.push(name))}>
              Commit {name}
            </button>
          ))}
        </>
      );
    }
    const { store } = await storeWithOpenProject();
    renderWithStore(store, <TwoNames />);
    fireEvent.click(screen.getByRole('button', { name: 'Commit Acme' }));
    fireEvent.click(screen.getByRole('button', { name: 'Commit Globex' }));
    expect(written).toEqual(['Acme']);
    expect(shown()).toBe('Globex');
    paint();
    expect(written).toEqual(['Acme', 'Globex']);
  });

  it('is written when its field goes away, and dropped with a replaced project', async () => {
    const { store, view } = await field();
    fireEvent.click(screen.getByRole('button', { name: 'Commit Acme' }));
    view.unmount();
    expect(written).toEqual(['Acme']);

    await field(store);
    fireEvent.click(screen.getByRole('button', { name: 'Commit Globex' }));
    act(() => store.getState().heldEdits.discardAll());
    paint();
    expect(written).toEqual(['Acme']);
    expect(screen.getAllByRole('status')[1]).toHaveTextContent('nothing held');
  });
});
