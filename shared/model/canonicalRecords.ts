import type { z } from 'zod';

type Primitive = string | number | boolean | null;

const isPrimitive = (value: unknown): value is Primitive =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Whether every record of a long list is already exactly what `schema` would make of it: a plain object with
 * the schema's keys and no others, in the schema's order, each value a primitive its field's schema accepts
 * and returns unchanged. Such a list needs no validated copy — `z.array(schema)` would return an equal one,
 * one fresh object per record, which is most of the time spent validating a large project (its scores).
 *
 * Each field's own schema decides, so any rule added to it applies here too; a value is checked once however
 * many records repeat it (ids, 1–5 scores, empty notes). False means "let zod look": it says why, or repairs
 * what its defaults fill in.
 */
export function isCanonicalRecordList<Schema extends z.ZodObject>(
  schema: Schema,
  list: readonly unknown[],
): list is Array<z.output<Schema>> {
  // A rule on the record as a whole (a refinement) is not any one field's to check.
  if ((schema.def.checks?.length ?? 0) > 0) return false;
  const keys = Object.keys(schema.shape);
  const fields = keys.map((key) => acceptedUnchanged(schema.shape[key]));
  for (const record of list) {
    if (typeof record !== 'object' || record === null || Object.getPrototypeOf(record) !== Object.prototype) {
      return false;
    }
    // Keys in order; `for…in` also lists inherited ones, and a plain object inherits none.
    let k = 0;
    for (const key in record) {
      const field = fields[k];
      if (key !== keys[k] || field === undefined || !field((record as Record<string, unknown>)[key])) return false;
      k += 1;
    }
    if (k !== keys.length) return false;
  }
  return true;
}

/** A memoised "does this schema return this primitive as it is?"; anything but a primitive is not looked at. */
function acceptedUnchanged(schema: z.ZodType | undefined): (value: unknown) => boolean {
  const known = new Map<Primitive, boolean>();
  return (value) => {
    if (schema === undefined || !isPrimitive(value)) return false;
    let accepted = known.get(value);
    if (accepted === undefined) {
      const result = schema.safeParse(value);
      accepted = result.success && Object.is(result.data, value);
      // 0 and -0 are one key of a Map, but a schema may tell them apart.
      if (value !== 0) known.set(value, accepted);
    }
    return accepted;
  };
}
