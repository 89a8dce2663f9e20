import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test starts before the menu's code has arrived, as on the Projects home just after start.
async function freshActionMenu() {
  vi.resetModules();
  return (await import('../../renderer/components/ActionMenu')).ActionMenu;
}

const actions = (onSelect = vi.fn()) => [{ label: 'Rename…', onSelect }];

describe('a menu whose code arrives after its trigger', () => {
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

  it('opens from the keyboard too (Enter)', async () => {
    const ActionMenu = await freshActionMenu();
    render(<ActionMenu trigger={<button type="button">File</button>} actions={actions()} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'File' }), { key: 'Enter' });
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
});
