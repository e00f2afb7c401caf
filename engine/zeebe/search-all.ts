/** Read the REST API's search results as they are now, without waiting for data still being exported. */
export const readNow = { consistency: { waitUpToMs: 0 } } as const;

export interface SearchPage<T> {
  readonly items?: readonly T[];
  readonly page?: { readonly totalItems?: number };
}

/** Follows a REST search's offset pagination to the end (or to `max` items). */
export async function searchAll<T>(fetchPage: (page: { from: number; limit: number }) => Promise<SearchPage<T>>, pageSize = 100, max = 10_000): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const result = await fetchPage({ from: all.length, limit: pageSize });
    const items = result.items ?? [];
    all.push(...items);
    const total = result.page?.totalItems ?? all.length;
    if (items.length < pageSize || all.length >= total || all.length >= max) return all;
  }
}
