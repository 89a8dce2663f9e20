const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/**
 * The record with this id, found through an index built once per list: every row of a long list looks itself
 * up on every store update, and a search through the list each time would cost rows × records.
 */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((record) => [record.id, record]));
    indexes.set(list, index);
  }
  return index.get(id) as T | undefined;
}
