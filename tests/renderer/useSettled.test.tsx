import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from '../../renderer/useSettled';

function Shown({ value }: { value: string }) {
  return <p>{useSettled(value, 150)}</p>;
}

describe('useSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the first value at once and a new one only once the changes have paused', () => {
    const view = render(<Shown value="a" />);
    expect(screen.getByText('a')).toBeInTheDocument();
    for (const value of ['ab', 'abc', 'abcd']) {
      view.rerender(<Shown value={value} />);
      act(() => vi.advanceTimersByTime(100));
    }
    expect(screen.getByText('a')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60));
    expect(screen.getByText('abcd')).toBeInTheDocument();
  });
});
