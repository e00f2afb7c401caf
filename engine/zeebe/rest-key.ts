/**
 * The REST client types keys and ids as branded strings, even in its "loose" variant's filters;
 * at run time they are plain strings, as ours are.
 */
export function restKey(value: string): never {
  return value as never;
}
