import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test starts before the menu's code has arrived (as on the Projects home just after start), unless it fetches it.
async function freshActionMenu() {
  vi.resetModules();
  return (await import('../../renderer/components/ActionMenu')).ActionMenu;
}

const actions = (onSelect = vi.fn()) => [{ label: 'Rename…', onSelect }];

describe('an action menu, mounted when its trigger is first pressed', () => {
  beforeEach(() => {
    // Radix measures the trigger to place the menu; jsdom has no layout.
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  });

  it('shows the trigger at once as a button that opens a menu', async () => {
    const ActionMenu = await freshActionMenu();
    render(<ActionMenu trigger={<button type="button">File</button>} actions={actions()} />);
    const trigger = screen.getByRole('button', { name: 'File' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens once the code is here when pressed before, and the action runs', async () => {
    const ActionMenu = await freshActionMenu();
    const onSelect = vi.fn();
    render(<ActionMenu trigger={<button type="button">File</button>} actions={actions(onSelect)} />);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'File' }));
    const item = await screen.findByRole('menuitem', { name: 'Rename…' });
    fireEvent.click(item);
    expect(onSelect).toHaveBeenCalledOnce();
  });

  it('opens from the keyboard too (Enter), with the keyboard on its first item', async () => {
    const ActionMenu = await freshActionMenu();
    render(<ActionMenu trigger={<button type="button">File</button>} actions={actions()} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'File' }), { key: 'Enter' });
    const item = await screen.findByRole('menuitem', { name: 'Rename…' });
    await waitFor(() => expect(item).toHaveFocus());
  });

  it('opens on a plain left press only, as the menu does (not a right or Ctrl-click)', async () => {
    const ActionMenu = await freshActionMenu();
    await (await import('../../renderer/components/ActionMenu')).preloadActionMenu();
    render(<ActionMenu trigger={<button type="button">File</button>} actions={actions()} />);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'File' }), { button: 2 });
    fireEvent.pointerDown(screen.getByRole('button', { name: 'File' }), { button: 0, ctrlKey: true });
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'File' }), { button: 0 });
    expect(await screen.findByRole('menuitem', { name: 'Rename…' })).toBeInTheDocument();
  });

  it('keeps the keyboard on the trigger when the code arrives while it is focused', async () => {
    const ActionMenu = await freshActionMenu();
    render(<ActionMenu trigger={<button type="button">File</button>} label="File actions" actions={actions()} />);
    const waiting = screen.getByRole('button', { name: 'File actions' });
    act(() => waiting.focus());
    await act(async () => {
      await (await import('../../renderer/components/ActionMenu')).preloadActionMenu();
    });
    const trigger = screen.getByRole('button', { name: 'File actions' });
    expect(trigger).toHaveFocus();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('stays a lone trigger until pressed, even once its code is here; closed again, the keyboard is back on it', async () => {
    const ActionMenu = await freshActionMenu();
    await (await import('../../renderer/components/ActionMenu')).preloadActionMenu();
    render(<ActionMenu trigger={<button type="button">File</button>} actions={actions()} />);
    // A mounted menu marks its trigger with its state (and listens to every key press in the page).
    expect(screen.getByRole('button', { name: 'File' })).not.toHaveAttribute('data-state');
    fireEvent.keyDown(screen.getByRole('button', { name: 'File' }), { key: 'Enter' });
    const item = await screen.findByRole('menuitem', { name: 'Rename…' });
    fireEvent.keyDown(item, { key: 'Escape' });
    const trigger = screen.getByRole('button', { name: 'File' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger).toHaveAttribute('data-state', 'closed');
    await waitFor(() => expect(trigger).toHaveFocus());
  });
});
