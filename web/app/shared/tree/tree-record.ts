/** A row of a table that forms a tree through its parent id (units, positions, locations, categories). */
export interface TreeRecord {
  readonly id: number;
  readonly parentId: number | null;
}
