import { z } from 'zod';

/** Small schemas every part of the project model uses. */

export const Id = z.string().min(1).max(100);
export const IsoDateTime = z.iso.datetime({ offset: true });
/** A calendar day (due dates, period starts), no time zone. */
export const IsoDate = z.iso.date();
/** Free text a user typed; bounded so a hostile file cannot make the UI render megabytes in one field. */
export const Text = (max = 10_000) => z.string().max(max);
export const Money = z.number().finite().min(-1e13).max(1e13);
export const NonNegative = z.number().finite().min(0).max(1e13);
