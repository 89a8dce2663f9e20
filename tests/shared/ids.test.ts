import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../../shared/ids';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('gives RFC 4122 version-4 UUIDs in lower-case hex', () => {
    for (let i = 0; i < 1000; i += 1) expect(newId()).toMatch(uuidV4);
  });

  it('gives ids that zod accepts as UUIDs, as the project schema requires', () => {
    const schema = z.uuid();
    for (let i = 0; i < 1000; i += 1) expect(schema.safeParse(newId()).success).toBe(true);
  });

  it('gives no duplicates in 10,000 draws', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId()));
    expect(ids.size).toBe(10_000);
  });
});
