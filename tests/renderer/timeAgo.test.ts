import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeAgo } from '../../renderer/format';

const now = new Date('2026-12-03T12:00:00Z');
const at = (secondsFromNow: number) => new Date(now.getTime() + secondsFromNow * 1000).toISOString();

describe('how long ago a project was edited, in words', () => {
  it('says the usual English words', () => {
    expect(timeAgo(at(-10), now)).toBe('just now');
    expect(timeAgo(at(-50), now)).toBe('50 seconds ago');
    expect(timeAgo(at(-60), now)).toBe('1 minute ago');
    expect(timeAgo(at(-5 * 60), now)).toBe('5 minutes ago');
    expect(timeAgo(at(-3 * 3600), now)).toBe('3 hours ago');
    expect(timeAgo(at(-26 * 3600), now)).toBe('yesterday');
    expect(timeAgo(at(-3 * 86_400), now)).toBe('3 days ago');
    expect(timeAgo(at(-8 * 86_400), now)).toBe('last week');
    expect(timeAgo(at(-40 * 86_400), now)).toBe('last month');
    expect(timeAgo(at(-400 * 86_400), now)).toBe('last year');
    expect(timeAgo(at(-3 * 365 * 86_400), now)).toBe('3 years ago');
    expect(timeAgo(at(2 * 86_400), now)).toBe('in 2 days');
    expect(timeAgo(at(86_400), now)).toBe('tomorrow');
  });

  it('puts a past time in the past and a future one in the future, with a whole number of some unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 45, max: 50 * 365 * 86_400 }), fc.boolean(), (seconds, past) => {
        const words = timeAgo(at(past ? -seconds : seconds), now);
        const counted = /^(in )?(\d+) (second|minute|hour|day|week|month|year)s?( ago)?$/.exec(words);
        if (counted) {
          expect(Boolean(counted[4])).toBe(past);
          expect(Boolean(counted[1])).toBe(!past);
        } else {
          expect(words).toMatch(past ? /^(yesterday|last (week|month|year))$/ : /^(tomorrow|next (week|month|year))$/);
        }
      }),
    );
  });
});
