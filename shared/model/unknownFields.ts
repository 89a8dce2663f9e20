/**
 * Fields the file has and the schema does not know: `raw` is the payload as read, `parsed` what validation
 * made of it (which drops unknown keys). Paths are dotted (`vendors.vendors.0.rating`); at most `limit` are
 * returned, and a field below an unknown one is not looked at.
 */
export function unknownFieldPaths(raw: unknown, parsed: unknown, limit = 5): string[] {
  const found: string[] = [];
  const walk = (from: unknown, to: unknown, path: string): void => {
    // The very same object (a record validation kept as it was read) has nothing the other lacks.
    if (found.length >= limit || typeof from !== 'object' || from === null || from === to) return;
    if (typeof to !== 'object' || to === null) return;
    if (Array.isArray(from)) {
      if (!Array.isArray(to)) return;
      const length = Math.min(from.length, to.length);
      for (let index = 0; index < length && found.length < limit; index += 1) {
        walk(from[index], to[index], `${path}${index}.`);
      }
      return;
    }
    for (const key of Object.keys(from)) {
      if (found.length >= limit) return;
      if (!Object.hasOwn(to, key)) found.push(`${path}${key}`);
      else walk((from as Record<string, unknown>)[key], (to as Record<string, unknown>)[key], `${path}${key}.`);
    }
  };
  walk(raw, parsed, '');
  return found;
}
