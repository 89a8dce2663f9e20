/** Edits of a list of records with ids, shared by every collection of the project; each returns a new array. */

export function updateById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  patch: Partial<Omit<T, 'id'>>,
): T[] {
  return list.map((record) => (record.id === id ? { ...record, ...patch } : record));
}

export function removeById<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((record) => record.id !== id);
}

/** Moves a record one place up (-1) or down (+1); unchanged at either end. */
export function moveById<T extends { id: string }>(list: readonly T[], id: string, direction: -1 | 1): T[] {
  const from = list.findIndex((record) => record.id === id);
  const to = from + direction;
  if (from === -1 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [record] = next.splice(from, 1);
  if (record) next.splice(to, 0, record);
  return next;
}
