/** One page of a longer list. */
export interface Page<T> {
  readonly items: readonly T[];
  /** How many there are in all, with the same filters. */
  readonly total: number;
  /** From 1. */
  readonly page: number;
  readonly pageSize: number;
}
