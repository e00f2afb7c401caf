/**
 * Rows of one kind that a command creates or removes. A row created and removed in the same
 * command is never written; removals of stored rows become DELETE statements.
 */
export class PendingRows<Row extends { readonly key: number }> {
  readonly created = new Map<number, Row>();
  readonly updated = new Map<number, Row>();
  readonly deletedKeys = new Set<number>();
  /** Element instance keys whose stored rows of this kind are all removed. */
  readonly deletedOwners = new Set<number>();
  /** Stored rows removed by owner and element id (an event sub-process's start events, say). */
  readonly deletedOwnerElements: Array<{ readonly owner: number; readonly elementIds: readonly string[] }> = [];

  constructor(
    private readonly ownerOf: (row: Row) => number | undefined,
    private readonly elementOf: (row: Row) => string | undefined = () => undefined,
  ) {}

  create(row: Row): void {
    this.created.set(row.key, row);
  }

  update(row: Row): void {
    if (!this.created.has(row.key)) this.updated.set(row.key, row);
  }

  delete(key: number): void {
    if (!this.created.delete(key)) this.deletedKeys.add(key);
    this.updated.delete(key);
  }

  /** Removes every row owned by an element instance; `stored` tells whether the owner was ever written. */
  deleteOwnedBy(owner: number, stored: boolean): void {
    for (const [key, row] of this.created) if (this.ownerOf(row) === owner) this.created.delete(key);
    for (const [key, row] of this.updated) if (this.ownerOf(row) === owner) this.updated.delete(key);
    if (stored) this.deletedOwners.add(owner);
  }

  /** Removes the rows of an owner that belong to the given elements. */
  deleteOwnedElements(owner: number, elementIds: readonly string[], stored: boolean): void {
    const matches = (row: Row) => this.ownerOf(row) === owner && elementIds.includes(this.elementOf(row) ?? '');
    for (const [key, row] of this.created) if (matches(row)) this.created.delete(key);
    for (const [key, row] of this.updated) if (matches(row)) this.updated.delete(key);
    if (stored && elementIds.length > 0) this.deletedOwnerElements.push({ owner, elementIds });
  }

  /** Created rows still pending for an owner (for example the job of a task activated in this command). */
  createdFor(owner: number): Row[] {
    return [...this.created.values()].filter((row) => this.ownerOf(row) === owner);
  }

  get isEmpty(): boolean {
    return this.created.size === 0 && this.updated.size === 0 && this.deletedKeys.size === 0 && this.deletedOwners.size === 0 && this.deletedOwnerElements.length === 0;
  }
}
