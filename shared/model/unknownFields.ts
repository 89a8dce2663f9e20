/** Only an object can hold fields, and the very same object (one validation kept as read) lacks none of its own. */
const mayHoldUnknown = (from: unknown, to: unknown): from is object =>
  typeof from === 'object' && from !== null && from !== to;

/**
 * Fields the file has and the schema does not know: `raw` is the payload as read, `parsed` what validation
 * made of it (which drops unknown keys). Paths are dotted (`vendors.vendors.0.rating`); at most `limit` are
 * returned, and a field below an unknown one is not looked at.
 */
export function unknownFieldPaths(raw: unknown, parsed: unknown, limit = 5): string[] {
  const found: string[] = [];
  const walk = (from: unknown, to: unknown, path: string): void => {
    if (found.length >= limit || !mayHoldUnknown(from, to) || typeof to !== 'object' || to === null) return;
    if (Array.isArray(from)) {
      if (!Array.isArray(to)) return;
      const length = Math.min(from.length, to.length);
      for (let index = 0; index < length && found.length < limit; index += 1) {
        // Checked before the path is spelled out: thousands of scores, most of them kept as they were read.
        if (mayHoldUnknown(from[index], to[index])) walk(from[index], to[index], `${path}${index}.`);
      }
      return;
    }
    for (const key of Object.keys(from)) {
      if (found.length >= limit) return;
      if (!Object.hasOwn(to, key)) found.push(`${path}${key}`);
      else {
        const inner = (from as Record<string, unknown>)[key];
        const innerParsed = (to as Record<string, unknown>)[key];
        if (mayHoldUnknown(inner, innerParsed)) walk(inner, innerParsed, `${path}${key}.`);
      }
    }
  };
  walk(raw, parsed, '');
  return found;
}
