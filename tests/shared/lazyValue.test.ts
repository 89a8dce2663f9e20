import { describe, expect, it, vi } from 'vitest';
import { lazyValue } from '../../shared/lazyValue';

describe('lazyValue', () => {
  it('makes nothing until asked, then makes the value once', () => {
    const make = vi.fn(() => ({ made: true }));
    const value = lazyValue(make);
    expect(make).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(make).toHaveBeenCalledOnce();
  });

  it('keeps a value that is falsy', () => {
    const make = vi.fn(() => 0);
    const value = lazyValue(make);
    expect([value(), value()]).toEqual([0, 0]);
    expect(make).toHaveBeenCalledOnce();
  });
});
