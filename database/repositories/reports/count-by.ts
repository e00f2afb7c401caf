/** Rows keyed by `key`, each built by `init` once and updated by `add` for every item. */
export function groupInto<T, K, R>(items: Iterable<T>, key: (item: T) => K, init: (key: K) => R, add: (row: R, item: T) => void): Map<K, R> {
  const rows = new Map<K, R>();
  for (const item of items) {
    const k = key(item);
    let row = rows.get(k);
    if (row === undefined) {
      row = init(k);
      rows.set(k, row);
    }
    add(row, item);
  }
  return rows;
}
